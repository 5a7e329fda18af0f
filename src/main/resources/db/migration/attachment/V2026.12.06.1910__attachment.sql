-- The scanned documents of dossiers: one metadata row each, whichever store keeps the bytes.
-- sha256 is the lower-case hex digest of the bytes; uploaded_at is the engine clock's time.
create table attachment (
    id                 uuid                     not null primary key,
    dossier_code       varchar(64)              not null,
    kind               varchar(32)              not null,
    kind_name          varchar(500),
    file_name          varchar(255)             not null,
    media_type         varchar(100)             not null,
    size_bytes         bigint                   not null,
    sha256             char(64)                 not null,
    uploaded_by        varchar(255)             not null,
    uploaded_at        timestamp with time zone not null,
    digitised_original boolean                  not null
);
create index attachment_dossier_idx on attachment (dossier_code, uploaded_at);

-- The bytes on the postgres profile (every node of a cluster reads them); empty on the demo
-- profile, whose files live under motcua.attachment.directory.
create table attachment_content (
    id      uuid  not null primary key references attachment (id),
    content bytea not null
);
