package vn.motcua.audit.internal;

import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.FormsCarriedOver;
import vn.motcua.catalogue.FormsCarriedOver.CarriedForm;

/**
 * Audits the forms a deployment received from a previous version of its procedure (subject {@code
 * DEPLOYMENT}, id = the new deployment's id): which forms, from which deployment and version, for
 * which element; the reason names the source deployments.
 */
@Component
class DeploymentAudit {

  private final AuditAppender trail;
  private final AuditDetails details;

  DeploymentAudit(AuditAppender trail, AuditDetails details) {
    this.trail = trail;
    this.details = details;
  }

  @EventListener
  void on(FormsCarriedOver e) {
    var sources = new TreeSet<String>();
    e.forms().stream().map(CarriedForm::fromDeploymentId).forEach(sources::add);
    trail.append(
        AuditDraft.of(e.at(), e.actor(), "FORMS_CARRIED_OVER", "DEPLOYMENT", e.deploymentId())
            .reason(
                "Biểu mẫu mang sang từ triển khai "
                    + String.join(", ", sources)
                    + " (forms carried over from the previous version)")
            .detail(
                details.of(
                    "deploymentName", e.deploymentName(),
                    "source", e.source(),
                    "forms", e.forms())));
  }
}
