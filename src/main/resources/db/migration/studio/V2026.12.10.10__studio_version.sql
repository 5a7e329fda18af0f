-- Procedure versions published from the studio: who published each process definition, when,
-- and the change note they wrote (one row per published version; the engine keeps the model).
create table studio_version (
    definition_id  varchar(64)   primary key,
    procedure_key  varchar(255)  not null,
    version        integer       not null,
    deployment_id  varchar(64)   not null,
    change_note    varchar(1000) not null,
    changed_by     varchar(64)   not null,
    changed_at     timestamp with time zone not null
);
create index studio_version_key_idx on studio_version (procedure_key, version);
