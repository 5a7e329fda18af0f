package vn.motcua.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.DeadlineReached;
import vn.motcua.deadline.StepCompleted;
import vn.motcua.worklist.StepActionTaken;
import vn.motcua.worklist.StepDecided;

/**
 * Audits what happens to a dossier's steps (subject {@code TASK}, state = the step's holder):
 * claims, give-backs, transfers, returns to the step before, delegations and hand-backs,
 * completions, and the decision each completion carried (who decided what: {@code DECIDED}, state =
 * the value chosen); and the escalation ladder's rungs, on the step or (no task) on the dossier.
 */
@Component
class StepAudit {

  static final String TASK = "TASK";

  private final AuditAppender trail;
  private final AuditDetails details;

  StepAudit(AuditAppender trail, AuditDetails details) {
    this.trail = trail;
    this.details = details;
  }

  @EventListener
  void on(StepActionTaken e) {
    AuditDraft draft =
        AuditDraft.of(e.at(), e.actor(), e.action(), TASK, e.taskId())
            .dossier(e.dossierCode())
            .reason(e.reason())
            .detail(details.of("taskId", e.taskId(), "step", e.step(), "target", e.target()));
    trail.append(
        switch (e.action()) {
          case "CLAIMED" -> draft.after(e.actor());
          case "UNCLAIMED" -> draft.after(null);
          case "TRANSFERRED", "HANDED_BACK" -> draft.after(e.target());
          case "DELEGATED" -> draft.states(e.actor(), e.target());
          default -> draft;
        });
  }

  @EventListener
  void on(StepCompleted e) {
    trail.append(
        AuditDraft.of(e.at(), e.completedBy(), "COMPLETED", TASK, e.taskId())
            .dossier(e.dossierCode())
            .onBehalfOf(e.onBehalfOf())
            .detail(details.of("step", e.activityId(), "stepName", e.stepName())));
  }

  @EventListener
  void on(StepDecided e) {
    trail.append(
        AuditDraft.of(
                e.at(),
                e.decidedBy() == null ? "system" : e.decidedBy(),
                "DECIDED",
                TASK,
                e.taskId())
            .dossier(e.dossierCode())
            .after(e.value())
            .detail(
                details.of(
                    "step", e.step(),
                    "decision", e.decision(),
                    "decisionLabel", e.decisionLabel(),
                    "valueLabel", e.valueLabel())));
  }

  @EventListener
  void on(DeadlineReached e) {
    boolean onStep = e.taskId() != null;
    trail.append(
        AuditDraft.of(
                e.at(),
                "system",
                e.kind(),
                onStep ? TASK : DossierAudit.DOSSIER,
                onStep ? e.taskId() : e.dossierCode())
            .dossier(e.dossierCode())
            .detail(
                details.of(
                    "rung", e.rung().name(),
                    "taskId", e.taskId(),
                    "step", e.activityId(),
                    "stepName", e.stepName(),
                    "agency", e.agency(),
                    "unit", e.unitGroup(),
                    "holder", e.holder(),
                    "lateWorkingMinutes", e.lateMinutes(),
                    "escalatedTo", e.escalatedTo())));
  }
}
