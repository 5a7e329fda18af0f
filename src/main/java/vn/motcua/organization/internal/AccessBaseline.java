package vn.motcua.organization.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The authorizations every profile needs. Administrators (group {@code camunda-admin}) get every
 * permission on every resource, as Camunda's own admin bootstrap does; queries are filtered by
 * authorizations even for them. Every civil servant may open Tasklist and read procedure
 * definitions. Tasks themselves are granted per candidate group by the engine when a task is
 * created, which is what keeps one agency's dossiers from another's.
 */
@Component
@Order(0)
class AccessBaseline implements ApplicationRunner {

  private final AuthorizationService authorizations;

  AccessBaseline(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    grantToEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grantToEveryone(Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    for (Resources resource : Resources.values()) {
      grantAllToAdministrators(resource);
    }
  }

  private void grantAllToAdministrators(Resource resource) {
    boolean exists =
        authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(Groups.CAMUNDA_ADMIN)
                .resourceType(resource)
                .resourceId(ANY)
                .count()
            > 0;
    if (!exists) {
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(Groups.CAMUNDA_ADMIN);
      grant.setResource(resource);
      grant.setResourceId(ANY);
      grant.addPermission(Permissions.ALL);
      authorizations.saveAuthorization(grant);
    }
  }

  private void grantToEveryone(Resource resource, String resourceId, Permission permission) {
    boolean exists =
        authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(resource)
                .resourceId(resourceId)
                .hasPermission(permission)
                .count()
            > 0;
    if (!exists) {
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      grant.addPermission(permission);
      authorizations.saveAuthorization(grant);
    }
  }
}
