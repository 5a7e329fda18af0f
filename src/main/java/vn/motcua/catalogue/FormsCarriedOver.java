package vn.motcua.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * A deployment that lacked forms its processes name (Camunda Modeler deploys the BPMN file alone)
 * received copies of them from a previous version of the same procedure, so that its dossiers find
 * every form bound to their deployment. Published inside the deployment's transaction: a deployment
 * refused later leaves no trace of it.
 *
 * @param actor who deployed ({@code system} at start-up)
 */
public record FormsCarriedOver(
    String deploymentId,
    String deploymentName,
    String source,
    Instant at,
    String actor,
    List<CarriedForm> forms) {

  /**
   * One form carried over: its id (or resource name for a {@code camunda:formKey}), the resource
   * name it has in both deployments, the deployment and version of the procedure it was copied
   * from, and the element that names it.
   */
  public record CarriedForm(
      String formKey,
      String resourceName,
      String fromDeploymentId,
      String processKey,
      int fromVersion,
      String elementId) {}
}
