-- Agencies form a tree of any depth (province, departments, service centres, communes ...).
create table agency (
    code        varchar(64)  not null primary key, -- national agency code, e.g. 000.00.12.H29
    name        varchar(255) not null,
    parent_code varchar(64)  references agency (code)
);
create index agency_parent_idx on agency (parent_code);
