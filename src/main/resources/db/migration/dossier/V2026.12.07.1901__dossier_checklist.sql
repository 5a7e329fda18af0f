-- issue 19: the checklist of required documents as marked at the reception desk (JSON array)
alter table dossier add column checklist varchar(65535);
