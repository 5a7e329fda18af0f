package vn.motcua.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.organization.OrganisationChanged;

/**
 * Audits administrators' changes to the organisation (subjects {@code AGENCY}, {@code UNIT}, {@code
 * OFFICIAL}), with the state before and after as the organisation module describes it.
 */
@Component
class OrganisationAudit {

  private final AuditAppender trail;

  OrganisationAudit(AuditAppender trail) {
    this.trail = trail;
  }

  @EventListener
  void on(OrganisationChanged e) {
    trail.append(
        AuditDraft.of(e.at(), e.actor(), e.action(), e.subjectType(), e.subjectId())
            .states(e.before(), e.after()));
  }
}
