-- Round-robin assignment: per unit (candidate group), the official who got its last step.
create table assignment_cursor (
    unit_group varchar(255) not null primary key,
    last_user  varchar(255) not null
);
