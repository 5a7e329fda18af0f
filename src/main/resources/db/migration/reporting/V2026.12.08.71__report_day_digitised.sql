-- The service index's digitisation counters for finished dossiers (see DayColumn): by the day
-- received, those taken up at the desk or by post with a document kept as a digitised original;
-- by the day finished, those resolved whose result was digitised on return. Rows written before
-- this migration hold 0; the report totals rebuild recounts them.
alter table report_day add column received_digitised bigint default 0 not null;
alter table report_day add column result_digitised bigint default 0 not null;
