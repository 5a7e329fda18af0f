-- Why a step is open again: the reason given when the step after it returned the dossier
-- (worklist "return to the previous step"), keyed by the re-opened task. The worklist shows it.
create table step_return (
    task_id      varchar(64)              not null primary key,
    dossier_code varchar(64)              not null,
    reason       varchar(1000)            not null,
    returned_by  varchar(255)             not null,
    returned_at  timestamp with time zone not null
);
