-- The reports' read model (see DayTotals, StepTotals and TotalsRebuild): day totals of the finished
-- dossiers and the completed steps, added to in the transaction that finishes each one, so a year's
-- report reads thousands of rows rather than a million dossiers and four million steps. Day numbers
-- are local (Vietnam) epoch days. The application fills both tables from the history on its next
-- start, while report_state says they are not built.
create table report_day (
    agency            varchar(64)  not null,
    procedure_key     varchar(255) not null,
    local_day         bigint       not null,
    received_online   bigint default 0 not null,
    received_direct   bigint default 0 not null,
    finished          bigint default 0 not null,
    early             bigint default 0 not null,
    on_time           bigint default 0 not null,
    late              bigint default 0 not null,
    withdrawn         bigint default 0 not null,
    closed            bigint default 0 not null,
    refused           bigint default 0 not null,
    apologised_late   bigint default 0 not null,
    passed_due        bigint default 0 not null,
    passed_extended   bigint default 0 not null,
    due               bigint default 0 not null,
    due_extended      bigint default 0 not null,
    unpassed_due      bigint default 0 not null,
    unpassed_extended bigint default 0 not null,
    primary key (agency, local_day, procedure_key)
);

create table report_step_day (
    agency          varchar(64)   not null,
    local_day       bigint        not null,
    procedure_key   varchar(255)  not null,
    activity_id     varchar(255)  not null,
    unit_group      varchar(255)  not null,
    completed_by    varchar(255)  not null,
    step_name       varchar(255),
    steps           bigint default 0 not null,
    over_budget     bigint default 0 not null,
    overrun_minutes bigint default 0 not null,
    budget_minutes  bigint,
    worked          varchar(8000) default '' not null,
    primary key (agency, local_day, procedure_key, activity_id, unit_group, completed_by)
);

-- the same by month (months counted from January 1970): a year's delays read its whole months here
-- and only the days before and after them above
create table report_step_month (
    agency          varchar(64)   not null,
    local_month     bigint        not null,
    procedure_key   varchar(255)  not null,
    activity_id     varchar(255)  not null,
    unit_group      varchar(255)  not null,
    completed_by    varchar(255)  not null,
    step_name       varchar(255),
    steps           bigint default 0 not null,
    over_budget     bigint default 0 not null,
    overrun_minutes bigint default 0 not null,
    budget_minutes  bigint,
    worked          varchar(8000) default '' not null,
    primary key (agency, local_month, procedure_key, activity_id, unit_group, completed_by)
);

create table report_state (
    name  varchar(64) primary key,
    state varchar(16) not null
);
insert into report_state (name, state) values ('totals', 'PENDING');
