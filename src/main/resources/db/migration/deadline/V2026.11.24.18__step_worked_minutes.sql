-- The working minutes a completed step took, less the time the legal clock stood still while it
-- was open: the measure of the delay analytics (median and 90th percentile against the budget).
alter table dossier_step add column worked_minutes bigint;
create index dossier_step_agency_completed_idx on dossier_step (agency, completed_at);
