-- Bulk data for the benchmark, written straight into the read model the worklist and the reports
-- query (not through the engine): :open open dossiers, each waiting at its appraisal step, spread
-- over the 20 benchmark communes 000.00.50.H99 .. 000.00.69.H99; and :history dossiers returned over
-- the past year, each with its four completed steps (their working minutes spread over four
-- working days, so the reports' histograms are as varied as real ones).
-- psql variables: open, history, defid.
\set ON_ERROR_STOP on
begin;
insert into dossier (code, procedure_key, procedure_definition_id, receiving_agency,
                     resolving_agency, channel, status, applicant_full_name, applicant_id_number,
                     received_by, received_at, due_at)
select 'BO-' || i, 'birth-registration', :'defid', a, a,
       case when i % 3 = 0 then 'ONLINE' else 'COUNTER' end, 'IN_PROGRESS',
       'Người nộp ' || i, '001090000000', 'bench',
       now() - (i % 5000) * interval '1 minute', now() + ((i % 240) - 60) * interval '1 hour'
from generate_series(1, :open) i,
     lateral (select '000.00.' || (50 + i % 20) || '.H99' a) c;
insert into dossier_deadline (dossier_code, flag, late, flagged_at)
select 'BO-' || i, case when (i % 240) < 60 then 'OVERDUE' when (i % 240) < 72 then 'SOON_DUE'
                        else 'ON_TIME' end, (i % 240) < 60, now()
from generate_series(1, :open) i;
insert into dossier_step (task_id, dossier_code, activity_id, step_name, agency, unit_group,
                          assignee, started_at, budget_minutes, due_at, paused_minutes, flag)
select 'bo-task-' || i, 'BO-' || i, 'Task_Appraisal', 'Thẩm định hồ sơ', a, a || ':specialist',
       case when i % 4 = 0 then 'bench.cv' || (50 + i % 20) end,
       now() - (i % 5000) * interval '1 minute', 240,
       now() + ((i % 240) - 60) * interval '1 hour' - interval '2 hour', 0,
       case when (i % 240) < 62 then 'OVERDUE' when (i % 240) < 74 then 'SOON_DUE'
            else 'ON_TIME' end
from generate_series(1, :open) i,
     lateral (select '000.00.' || (50 + i % 20) || '.H99' a) c;
commit;

begin;
insert into dossier (code, procedure_key, procedure_definition_id, receiving_agency,
                     resolving_agency, channel, status, applicant_full_name, applicant_id_number,
                     received_by, received_at, due_at, finished_at, timeliness)
select 'BH-' || i, 'birth-registration', :'defid', a, a,
       case when i % 3 = 0 then 'ONLINE' else 'COUNTER' end, 'RETURNED',
       'Người nộp ' || i, '001090000000', 'bench', r, r + interval '8 hour',
       r + (i % 11) * interval '1 hour',
       case when i % 11 < 4 then 'EARLY' when i % 11 < 9 then 'ON_TIME' else 'LATE' end
from generate_series(1, :history) i,
     lateral (select '000.00.' || (50 + i % 20) || '.H99' a,
                     now() - interval '366 day' + (i::numeric / :history) * interval '365 day' r) c;
insert into dossier_step (task_id, dossier_code, activity_id, step_name, agency, unit_group,
                          assignee, started_at, budget_minutes, due_at, paused_minutes, flag,
                          completed_at, completed_by, worked_minutes, overrun_minutes)
select 'bh-' || s.k || '-' || i, 'BH-' || i, s.activity, s.name, a, a || ':' || s.role,
       'bench.' || s.role || (50 + i % 20), r, 120, r + interval '2 hour', 0,
       case when (i + s.k) % 7 = 0 then 'OVERDUE' else 'ON_TIME' end,
       r + w.m * interval '1 minute', 'bench.' || s.role || (50 + i % 20),
       w.m, greatest(0, w.m - 120)
from generate_series(1, :history) i,
     lateral (select '000.00.' || (50 + i % 20) || '.H99' a,
                     now() - interval '366 day' + (i::numeric / :history) * interval '365 day' r) c,
     (values (1, 'Task_Reception', 'Tiếp nhận hồ sơ', 'reception'),
             (2, 'Task_Appraisal', 'Thẩm định hồ sơ', 'specialist'),
             (3, 'Task_Approval', 'Phê duyệt, ký', 'leader'),
             (4, 'Task_ResultReturn', 'Trả kết quả', 'reception')) s (k, activity, name, role),
     -- working minutes spread over 0 .. 1900 (about four working days), as real steps are
     lateral (select ((i::bigint * 7919 + s.k * 104729) % 1901)::int m) w;
commit;
-- vacuumed as autovacuum would have over a year, so index-only scans need no heap visits
vacuum analyze dossier;
vacuum analyze dossier_step;
vacuum analyze dossier_deadline;
