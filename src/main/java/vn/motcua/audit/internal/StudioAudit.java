package vn.motcua.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.studio.ProcedurePublished;

/**
 * Audits the procedure versions administrators publish from the studio (subject {@code PROCEDURE},
 * id = the process key): the change note as the reason, the version, definition, deployment and
 * forms as detail. Written in the publishing transaction.
 */
@Component
class StudioAudit {

  private final AuditAppender trail;
  private final AuditDetails details;

  StudioAudit(AuditAppender trail, AuditDetails details) {
    this.trail = trail;
    this.details = details;
  }

  @EventListener
  void on(ProcedurePublished e) {
    trail.append(
        AuditDraft.of(e.at(), e.actor(), "PROCEDURE_PUBLISHED", "PROCEDURE", e.key())
            .reason(e.changeNote())
            .detail(
                details.of(
                    "version", e.version(),
                    "definitionId", e.definitionId(),
                    "deploymentId", e.deploymentId(),
                    "forms", e.forms())));
  }
}
