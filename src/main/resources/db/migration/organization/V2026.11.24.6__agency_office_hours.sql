-- An agency's own office hours ("07:30-11:30,13:00-17:00"); null means the province default.
alter table agency add column office_hours varchar(32);
