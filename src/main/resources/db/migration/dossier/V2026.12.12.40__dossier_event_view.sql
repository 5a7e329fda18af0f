-- The audit trail is the single record of what happened to a dossier (issue 23): dossier_event is
-- no longer written; it becomes a view over audit_entry with the columns it had, so the dossier's
-- history, extensions, transfers and tracking page read the audit log.
--   kind   the entry's action, but RECEIVED shows the status received in (RECEIVED or SUBMITTED)
--          and STATUS_CHANGED shows as STATUS, as the history always named them;
--   status the dossier's status at that entry: the state after of its latest DOSSIER entry whose
--          state is a status, up to this entry (a step's entry carries its holder as its state);
--   id     the entry's position, the order of entries written at the same instant.
-- Left out are the entries the history never showed: pauses and resumptions of the legal clock
-- (the clock's own table shows them), ratings, documents added, step completions and decisions.
-- The rows written before this migration stay in dossier_event_legacy, read through the view for
-- what the audit log does not hold: a dossier's rows older than its first audit entry (written
-- before the audit log existed) and the kinds that were never audited until now (the transfer
-- between desks and the consulted agency's lateness). Every other legacy row has its audit entry,
-- written in the same transaction since the audit log was introduced, and is not shown twice.
alter table dossier_event rename to dossier_event_legacy;

create view dossier_event (id, dossier_code, at, kind, status, actor, reason, detail) as
select a.id,
       a.dossier_code,
       a.at,
       case a.action
           when 'RECEIVED' then a.after_state
           when 'STATUS_CHANGED' then 'STATUS'
           else a.action end,
       (select s.after_state
        from audit_entry s
        where s.id = (select max(t.id)
                       from audit_entry t
                       where t.dossier_code = a.dossier_code
                         and t.subject_type = 'DOSSIER'
                         and t.id <= a.id
                         and t.after_state in ('SUBMITTED', 'RECEIVED', 'IN_PROGRESS',
                                               'AWAITING_SUPPLEMENT', 'RESULT_READY', 'RETURNED',
                                               'REFUSED', 'WITHDRAWN', 'CLOSED_NO_SUPPLEMENT',
                                               'REJECTED'))),
       a.actor,
       a.reason,
       a.detail
from audit_entry a
where a.dossier_code is not null
  and a.subject_type in ('DOSSIER', 'TASK')
  and a.action not in ('PAUSED', 'RESUMED', 'RATED', 'DOCUMENT_ADDED', 'COMPLETED', 'DECIDED')
union all
select l.id, l.dossier_code, l.at, l.kind, l.status, l.actor, l.reason, l.detail
from dossier_event_legacy l
where l.kind in ('TRANSFERRED', 'TRANSFER_LATE', 'CONSULTED_AGENCY_LATE')
   or not exists (select 1
                  from audit_entry e
                  where e.dossier_code = l.dossier_code
                    and e.at <= l.at);
