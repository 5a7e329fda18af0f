package vn.motcua.organization.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a real installation: when {@code MOTCUA_ADMIN_PASSWORD} is set and no
 * user {@code MOTCUA_ADMIN_ID} (default {@code admin}) exists yet, creates it in the {@code
 * camunda-admin} group. There is no default password; an existing user is never touched.
 */
@Component
@Order(1)
class AdministratorBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final IdentityService identity;
  private final String id;
  private final String password;

  AdministratorBootstrap(
      IdentityService identity,
      @Value("${MOTCUA_ADMIN_ID:admin}") String id,
      @Value("${MOTCUA_ADMIN_PASSWORD:}") String password) {
    this.identity = identity;
    this.id = id;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (password.isBlank() || identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
      admins.setName("Quản trị hệ thống");
      admins.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(admins);
    }
    User admin = identity.newUser(id);
    admin.setFirstName("Quản trị");
    admin.setLastName("viên");
    admin.setPassword(password);
    identity.saveUser(admin);
    identity.createMembership(id, Groups.CAMUNDA_ADMIN);
    log.info("Administrator '{}' created from MOTCUA_ADMIN_PASSWORD", id);
  }
}
