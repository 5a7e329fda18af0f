-- Units (phòng, ban, bộ phận) inside an agency: they place its civil servants; not Camunda groups.
create table agency_unit (
    agency_code varchar(64)  not null references agency (code),
    code        varchar(64)  not null,
    name        varchar(255) not null,
    primary key (agency_code, code)
);

-- Civil servants. The id is their Camunda user id; organization/internal/IdentityMirror makes the
-- Camunda user, its <agency>:<role> group memberships and its agency tenants follow these rows.
-- The unit, when given, is one of the home agency's units (the foreign key is not checked while it
-- is null).
create table official (
    id          varchar(64)  not null primary key,
    full_name   varchar(255) not null,
    email       varchar(255) not null,
    phone       varchar(32),
    agency_code varchar(64)  not null references agency (code),
    unit_code   varchar(64),
    active      boolean      not null default true,
    foreign key (agency_code, unit_code) references agency_unit (agency_code, code)
);
create index official_agency_idx on official (agency_code);

-- The roles an official holds, per agency (an official may hold roles in several agencies):
-- reception, specialist, unit-head, leader, supervisor (group <agency>:<role>) or admin (group
-- camunda-admin, recorded with the agency that granted it).
create table official_role (
    official_id varchar(64) not null references official (id),
    agency_code varchar(64) not null references agency (code),
    role        varchar(32) not null,
    primary key (official_id, agency_code, role)
);
create index official_role_agency_idx on official_role (agency_code);
