-- issue 23: appends no longer wait for each other. An action inserts its entries in its own
-- transaction with only an id from a sequence (its append order, no lock shared with other
-- appends); the one sequencer of the cluster (vn.motcua.audit.internal.AuditSequencer, under the
-- audit_tree_state row lock) later gives each entry its place in the log (seq, gapless from 1), its
-- link (prev_hash) and seal (entry_hash, key_id) exactly as the appender did before, moves
-- audit_head and seals the Merkle tree. Until then seq, prev_hash, entry_hash and key_id are null.
-- written_at (when the entry was written) and sealed_at (when it was sequenced) are wall-clock
-- times, not hashed: sealed_at - written_at is the sealing delay. Existing entries keep their seq
-- and seal (id = seq), so the chain and the tree still verify.
alter table audit_entry add column id bigint;
update audit_entry set id = seq;
alter table audit_entry alter column id set not null;
alter table audit_entry drop constraint audit_entry_pkey;
alter table audit_entry add constraint audit_entry_pkey primary key (id);
alter table audit_entry alter column seq drop not null;
alter table audit_entry add constraint audit_entry_seq_key unique (seq);
alter table audit_entry alter column prev_hash drop not null;
alter table audit_entry alter column entry_hash drop not null;

alter table audit_entry add column written_at timestamp with time zone;
alter table audit_entry add column sealed_at timestamp with time zone;
update audit_entry set written_at = at, sealed_at = at;
alter table audit_entry alter column written_at set default clock_timestamp();
alter table audit_entry alter column written_at set not null;

create sequence audit_entry_id_seq owned by audit_entry.id;
select setval('audit_entry_id_seq', coalesce((select max(id) from audit_entry), 0) + 1, false);
alter table audit_entry alter column id set default nextval('audit_entry_id_seq');

-- Readers in append order; the sequencer's queue (small: what is not sealed yet).
drop index audit_entry_dossier_idx;
drop index audit_entry_subject_idx;
create index audit_entry_dossier_idx on audit_entry (dossier_code, id);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, id);
create index audit_entry_unsealed_idx on audit_entry (id) where seq is null;
