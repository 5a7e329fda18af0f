-- The audit trail: every action on a dossier and every administrative change, append-only and
-- hash-chained. seq is gapless and assigned by the application under the audit_head row lock;
-- entry_hash = SHA-256(prev_hash + canonical form of the row), see vn.motcua.audit.internal.AuditHash.
-- The application user owns these tables, so no trigger or grant can forbid UPDATE or DELETE: the
-- chain is what detects them (GET /api/audit/verify).
create table audit_entry (
    seq          bigint                   not null primary key,
    at           timestamp with time zone not null,
    actor        varchar(255)             not null,
    on_behalf_of varchar(255),
    action       varchar(64)              not null,
    subject_type varchar(32)              not null,
    subject_id   varchar(255)             not null,
    dossier_code varchar(64),
    before_state varchar(65535),
    after_state  varchar(65535),
    reason       varchar(65535),
    detail       varchar(65535),
    prev_hash    char(64)                 not null,
    entry_hash   char(64)                 not null
);
create index audit_entry_dossier_idx on audit_entry (dossier_code, seq);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, seq);

-- The chain's head: one row, locked (select ... for update) by every appending transaction, so
-- appends are serialised across threads and across the nodes sharing the database.
create table audit_head (
    id         integer  not null primary key,
    seq        bigint   not null,
    entry_hash char(64) not null
);
insert into audit_head (id, seq, entry_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
