-- The attachment module's read model for reports: each dossier's scans kept as digitised originals
-- (số hóa, Circular 01/2023/TT-VPCP), with when they were uploaded. Reporting counts digitised
-- dossiers from this view in one aggregate instead of asking for them code by code.
create view digitised_document as
select dossier_code, uploaded_at from attachment where digitised_original;
