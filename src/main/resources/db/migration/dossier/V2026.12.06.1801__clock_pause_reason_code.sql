-- Issue 18: every stop of the legal clock names the reason its procedure declares
-- (pauseReason.<CODE>, or SUPPLEMENTATION for a supplementation request); null on older rows,
-- made before the reasons were declared. Reports sum paused working time by it.
alter table dossier_clock_pause add column reason_code varchar(64);
create index dossier_clock_pause_paused_at_idx on dossier_clock_pause (paused_at);
