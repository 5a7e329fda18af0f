-- The reports select an agency's dossiers that overlap a period: received before its end and not
-- finished before its start. These two indexes serve both halves for a year of a province's history
-- (about a million dossiers): per resolving agency, by receipt and by end of processing.
create index dossier_agency_received_idx on dossier (resolving_agency, received_at);
create index dossier_agency_finished_idx on dossier (resolving_agency, finished_at);
