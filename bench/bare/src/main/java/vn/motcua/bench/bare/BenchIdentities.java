package vn.motcua.bench.bare;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;

/**
 * Creates, when the engine is built (before the web server answers), the groups the procedure's
 * candidate groups name for each test commune, {@code <commune>:reception}, {@code :specialist}
 * and {@code :leader}, and one civil servant in each (password {@code bench-passphrase-26}):
 * {@code bench.tn<n>} at reception, {@code bench.cv<n>} specialist (the user bench/run measures
 * Một Cửa's worklist with), {@code bench.ld<n>} leader. Reception may start the procedure. The
 * administrator {@code bench}/{@code bench} comes from camunda.bpm.admin-user.
 */
final class BenchIdentities extends AbstractProcessEnginePlugin {

  static final String PASSWORD = "bench-passphrase-26";

  private final int communes;

  BenchIdentities(int communes) {
    this.communes = communes;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (int n = 0; n < communes; n++) {
      String commune = Dossiers.commune(n);
      member(identity, "bench.tn" + (50 + n), group(identity, commune + ":reception"));
      member(identity, "bench.cv" + (50 + n), group(identity, commune + ":specialist"));
      member(identity, "bench.ld" + (50 + n), group(identity, commune + ":leader"));
      String reception = commune + ":reception";
      if (authorizations
              .createAuthorizationQuery()
              .groupIdIn(reception)
              .resourceType(Resources.PROCESS_DEFINITION)
              .count()
          == 0) {
        grant(authorizations, reception, Resources.PROCESS_DEFINITION, Dossiers.PROCESS_KEY,
            Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(authorizations, reception, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      }
    }
  }

  private static String group(IdentityService identity, String id) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(id);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    return id;
  }

  private static void member(IdentityService identity, String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName(groupId);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, groupId);
    }
  }

  private static void grant(
      AuthorizationService authorizations,
      String groupId,
      Resources resource,
      String resourceId,
      Permissions... permissions) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permissions permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
