-- The online submission's HMAC key when motcua.submission.key is not configured: generated once by
-- the first node that starts, then read by every node, so that a code or proof issued by one node
-- is accepted by the others. A configured key wins and leaves this row unused.
create table submission_key (
    id         integer primary key,
    secret     varchar(128) not null,
    created_at timestamp with time zone not null
);
