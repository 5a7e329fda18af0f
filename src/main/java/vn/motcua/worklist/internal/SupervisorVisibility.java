package vn.motcua.worklist.internal;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Role;

/**
 * Lets supervisors see, in Tasklist too, every step of the agencies below them: when a step is
 * created, the supervisor group of its unit's agency and of each agency above it ({@code
 * <agency>:supervisor}, where it exists) is granted READ on the task. The engine deletes a task's
 * authorizations with the task. Supervisors read; only the ladder's last rung makes them
 * candidates.
 */
@Component
class SupervisorVisibility {

  private final Agencies agencies;

  SupervisorVisibility(Agencies agencies) {
    this.agencies = agencies;
  }

  void created(DelegateTask task) {
    String agency =
        task.getCandidates().stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .map(group -> group == null ? null : Role.agencyOf(group))
            .filter(code -> code != null)
            .findFirst()
            .orElse(null);
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    for (int depth = 0; agency != null && depth < 32; depth++) {
      String supervisors = Role.SUPERVISOR.groupOf(agency);
      if (identity.createGroupQuery().groupId(supervisors).count() > 0) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(supervisors);
        grant.setResource(Resources.TASK);
        grant.setResourceId(task.getId());
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
      }
      agency = agencies.find(agency).map(Agency::parentCode).orElse(null);
    }
  }
}
