-- The studio's migrations of running dossiers to another version of their procedure: who asked,
-- with which mapping and note, and what became of each process instance (MOVED or FAILED, why).
create table studio_migration (
    id                 varchar(36)    primary key,
    procedure_key      varchar(64)    not null,
    from_version       integer        not null,
    to_version         integer        not null,
    from_definition_id varchar(64)    not null,
    to_definition_id   varchar(64)    not null,
    instructions       varchar(20000) not null,
    note               varchar(1000),
    actor              varchar(255)   not null,
    state              varchar(16)    not null,
    total              integer        not null,
    started_at         timestamp with time zone not null,
    finished_at        timestamp with time zone
);
create table studio_migration_dossier (
    migration_id        varchar(36)   not null references studio_migration (id),
    process_instance_id varchar(64)   not null,
    dossier_code        varchar(64),
    state               varchar(16)   not null,
    reason              varchar(2000),
    at                  timestamp with time zone,
    primary key (migration_id, process_instance_id)
);
