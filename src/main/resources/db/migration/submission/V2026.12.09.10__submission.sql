-- One-time codes proving an applicant's e-mail address or phone number (online submission).
-- Only an HMAC of the code is kept; a code expires, is used once, and is locked after five wrong
-- tries. The address itself is kept as an HMAC too (the rate limit and the lookup need no more).
create table submission_otp (
    id           uuid primary key,
    address_hash varchar(64) not null,
    channel      varchar(8)  not null,
    code_hash    varchar(64) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    tries        integer not null default 0,
    used_at      timestamp with time zone
);
create index submission_otp_address on submission_otp (address_hash, created_at);

-- Each online submission's fingerprint, to catch the same applicant submitting the same content
-- for the same procedure twice within minutes.
create table submission_fingerprint (
    dossier_code  varchar(64) primary key,
    id_number     varchar(12) not null,
    procedure_key varchar(255) not null,
    receiving_agency varchar(64) not null,
    content_hash  varchar(64) not null,
    contact_hash  varchar(64) not null,
    submitted_at  timestamp with time zone not null
);
create index submission_fingerprint_applicant
    on submission_fingerprint (id_number, procedure_key, content_hash, submitted_at);
