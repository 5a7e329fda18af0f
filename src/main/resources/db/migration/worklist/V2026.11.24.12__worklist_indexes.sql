-- The worklist reads open steps from dossier_step (the deadline module's read model) by unit or by
-- holder, earliest due first; completed steps (completed_at set) stay out of the way.
create index dossier_step_unit_open_idx on dossier_step (unit_group, completed_at, due_at);
create index dossier_step_assignee_open_idx on dossier_step (assignee, completed_at, due_at);
create index deadline_event_escalated_idx on deadline_event (escalated_to, task_key);
