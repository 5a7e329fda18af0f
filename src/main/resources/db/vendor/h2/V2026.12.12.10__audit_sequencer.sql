-- issue 23: appends no longer wait for each other; see the PostgreSQL migration of the same
-- version (db/vendor/postgresql) for what changes. H2 has no partial index and no
-- clock_timestamp(): the queue of unsealed entries is read through the seq index, and written_at
-- defaults to the current timestamp.
alter table audit_entry add column id bigint;
update audit_entry set id = seq;
alter table audit_entry alter column id set not null;
alter table audit_entry drop primary key;
alter table audit_entry add constraint audit_entry_pkey primary key (id);
alter table audit_entry alter column seq set null;
alter table audit_entry add constraint audit_entry_seq_key unique (seq);
alter table audit_entry alter column prev_hash set null;
alter table audit_entry alter column entry_hash set null;

alter table audit_entry add column written_at timestamp with time zone;
alter table audit_entry add column sealed_at timestamp with time zone;
update audit_entry set written_at = at, sealed_at = at;
alter table audit_entry alter column written_at set default current_timestamp;
alter table audit_entry alter column written_at set not null;

create sequence audit_entry_id_seq start with (select coalesce(max(id), 0) + 1 from audit_entry);
alter table audit_entry alter column id set default next value for audit_entry_id_seq;

drop index audit_entry_dossier_idx;
drop index audit_entry_subject_idx;
create index audit_entry_dossier_idx on audit_entry (dossier_code, id);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, id);
