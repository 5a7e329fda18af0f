-- The agency another agency hands a step to in an inter-agency procedure (liên thông), by kind:
-- e.g. the tax office (TAX) that determines financial obligations for a land registration office.
create table agency_partner (
    agency_code  varchar(64) not null references agency (code),
    kind         varchar(32) not null,
    partner_code varchar(64) not null references agency (code),
    primary key (agency_code, kind)
);
