-- The public endpoints' rate-limit buckets on PostgreSQL, shared by every node (Bucket4j's
-- PostgreSQL proxy manager, select-for-update): one row per purpose and client, the bucket's state
-- serialised by Bucket4j, and the engine-clock millisecond after which the bucket would be full
-- again (the row may then be deleted). On H2 (the demo) the buckets stay in memory and this table
-- stays empty.
create table public_limit_bucket (
    id         varchar(255) primary key,
    state      bytea,
    expires_at bigint
);
create index public_limit_bucket_expiry on public_limit_bucket (expires_at);
