-- One row per dossier; the Camunda process instance carries the code as business key.
create table dossier (
    code                    varchar(64)   not null primary key,
    procedure_key           varchar(255)  not null,
    procedure_definition_id varchar(255)  not null,
    receiving_agency        varchar(64)   not null references agency (code),
    resolving_agency        varchar(64)   not null references agency (code),
    channel                 varchar(16)   not null,
    status                  varchar(32)   not null,
    applicant_full_name     varchar(255)  not null,
    applicant_id_number     varchar(32)   not null,
    applicant_phone         varchar(32),
    applicant_email         varchar(255),
    applicant_address       varchar(500),
    data                    varchar(65535),
    received_by             varchar(255)  not null,
    received_at             timestamp with time zone not null,
    due_at                  timestamp with time zone not null,
    finished_at             timestamp with time zone,
    process_instance_id     varchar(64)
);
create index dossier_resolving_status_idx on dossier (resolving_agency, status);
create index dossier_received_at_idx on dossier (received_at);

-- Per agency and day, the last sequence number handed out; row locks keep it unique across nodes.
create table dossier_sequence (
    agency_code varchar(64) not null,
    seq_day     date        not null,
    last_value  integer     not null,
    primary key (agency_code, seq_day)
);
