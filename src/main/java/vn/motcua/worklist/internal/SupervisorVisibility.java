package vn.motcua.worklist.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganisationChanged;
import vn.motcua.organization.Role;

/**
 * Lets supervisors see, in Tasklist too, every step of the agencies below them: when a step is
 * created, the supervisor group of its unit's agency and of each agency above it ({@code
 * <agency>:supervisor}, where it exists) is granted READ on the task. The engine deletes a task's
 * authorizations with the task. Supervisors read; only the ladder's last rung makes them
 * candidates. Whether a supervisor group exists is kept a minute (asked for every step created); an
 * organisation change on this node forgets it at once.
 */
@Component
class SupervisorVisibility {

  private final Agencies agencies;
  private final Cache<String, Boolean> groupExists =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

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
      if (exists(identity, supervisors)) {
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

  /** Only groups found are kept: one created since (by any means) is found at the next step. */
  private boolean exists(IdentityService identity, String group) {
    if (groupExists.getIfPresent(group) != null) {
      return true;
    }
    boolean exists = identity.createGroupQuery().groupId(group).count() > 0;
    if (exists) {
      groupExists.put(group, true);
    }
    return exists;
  }

  @EventListener
  void on(OrganisationChanged change) {
    groupExists.invalidateAll();
  }
}
