-- An online submission waits for the receiving desk to accept or return it within 8 working hours
-- (Decree 118/2025 Art. 17(2)(c)). One row per dossier submitted online: when it was submitted (or
-- supplemented, which restarts the wait), when the desk's time runs out, each rung of its ladder
-- once reached (the conditional update that sets it is the rung's exactly-once key), and the desk's
-- decision. The legal clock starts at acceptance, not at submission.
create table online_acceptance (
    dossier_code varchar(64)              primary key references dossier (code),
    agency       varchar(64)              not null,
    submitted_at timestamp with time zone not null,
    due_at       timestamp with time zone not null,
    escalates_at timestamp with time zone not null,
    overdue_at   timestamp with time zone,
    escalated_at timestamp with time zone,
    decided_at   timestamp with time zone,
    decision     varchar(32),
    decided_by   varchar(255)
);
-- The desk's queue: an agency's dossiers still waiting, oldest first.
create index online_acceptance_waiting_idx on online_acceptance (agency, decided_at, submitted_at);
