-- What stays beside the audit trail, and why (issue 23: one record of what happened to a dossier).
-- deadline_event is not a copy of the history: its unique key (dossier_code, task_key, rung) is the
-- guard that makes each rung of the escalation ladder fire exactly once however often a timer is
-- replayed or runs on two nodes (DeadlineStore inserts the rung only where it is missing, and only
-- the inserting transaction publishes DeadlineReached), and the worklist filters escalated steps by
-- (escalated_to, task_key). The rung's line of history is its audit entry (action = the rung's kind,
-- detail = step, unit, holder, lateness, escalatedTo), read through the dossier_event view.
-- notification is an outbox, not a record: one row per message and recipient with its delivery
-- state (claims, attempts, backoff, sent, failed, read), which the audit trail cannot hold, since
-- its entries never change.
comment on table deadline_event is 'Guard: each rung of the escalation ladder fires once per step (unique key); its history line is its audit entry';
comment on table notification is 'Outbox: messages with their delivery state; what happened is in audit_entry';
comment on table dossier_event_legacy is 'dossier_event rows written before the audit trail was the only record; read through the dossier_event view where the trail lacks them';
