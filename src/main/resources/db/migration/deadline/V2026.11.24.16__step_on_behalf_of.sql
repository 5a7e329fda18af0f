-- The official a step was held for, when a deputy held it under a delegation (ủy quyền).
alter table dossier_step add column on_behalf_of varchar(255);
