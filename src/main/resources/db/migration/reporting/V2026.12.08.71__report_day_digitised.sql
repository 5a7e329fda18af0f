-- The service index's digitisation counters for finished dossiers (see DayColumn): by the day
-- received, those taken up at the desk or by post with a document kept as a digitised original;
-- by the day finished, those resolved whose result was digitised on return. The totals are
-- marked not built, so the next start rebuilds them from the history with the new counters
-- (TotalsRebuild; about 20 s for a million finished dossiers, BENCHMARKS.md).
alter table report_day add column received_digitised bigint default 0 not null;
alter table report_day add column result_digitised bigint default 0 not null;
update report_state set state = 'PENDING' where name = 'totals';
