package vn.motcua.organization.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Role;

/**
 * Lets a reception group start procedures from Tasklist ("Start process"): CREATE_INSTANCE on the
 * process definitions and CREATE on process instances. Only the desk receives dossiers (Decree
 * 118/2025); which agency the dossier belongs to, and the reception role there, is checked again
 * when the process starts (dossier.internal.TasklistStart). Idempotent.
 */
@Component
class StartRights {

  private final AuthorizationService authorizations;

  StartRights(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Grants the start rights when {@code groupId} is a reception group. */
  void grantIfReception(String groupId) {
    if (!groupId.endsWith(":" + Role.RECEPTION.id())) {
      return;
    }
    grant(groupId, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(groupId, Resources.PROCESS_INSTANCE, Permissions.CREATE);
  }

  private void grant(String groupId, Resource resource, Permission permission) {
    boolean exists =
        authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(ANY)
                .hasPermission(permission)
                .count()
            > 0;
    if (!exists) {
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(ANY);
      grant.addPermission(permission);
      authorizations.saveAuthorization(grant);
    }
  }
}
