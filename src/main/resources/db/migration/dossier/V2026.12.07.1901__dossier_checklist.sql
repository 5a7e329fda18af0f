-- issue 19: the checklist of required documents as marked at the reception desk (JSON array)
alter table dossier add column checklist varchar(65535);
-- the reception desk offers an applicant's earlier dossiers for reuse of their data
create index dossier_applicant_id_number on dossier (applicant_id_number, received_at);
