package vn.motcua.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.FeedbackChanged;

/**
 * Audits what happens to citizens' feedback (subject {@code FEEDBACK}, id = its code): received,
 * forwarded with the reason, each rung of its ladder, answered, with the agency it is assigned to
 * and, when it is about a dossier, in that dossier's trail too. The text itself stays in the
 * feedback's table. Synchronous: the entry joins the change's transaction.
 */
@Component
class FeedbackAudit {

  private final AuditAppender trail;
  private final AuditDetails details;

  FeedbackAudit(AuditAppender trail, AuditDetails details) {
    this.trail = trail;
    this.details = details;
  }

  @EventListener
  void on(FeedbackChanged e) {
    AuditDraft draft =
        AuditDraft.of(e.at(), e.actor(), e.action(), "FEEDBACK", e.feedbackCode())
            .detail(details.of("agency", e.agency(), "status", e.status()));
    if (e.reason() != null) {
      draft = draft.reason(e.reason());
    }
    if (e.dossierCode() != null) {
      draft = draft.dossier(e.dossierCode());
    }
    trail.append(draft);
  }
}
