package vn.motcua.organization.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.security.Passwords;

/**
 * The first administrator of a real installation: when {@code MOTCUA_ADMIN_PASSWORD} is set and no
 * user {@code MOTCUA_ADMIN_ID} (default {@code admin}) exists yet, creates it in the {@code
 * camunda-admin} group. There is no default password; a password the policy ({@link Passwords})
 * refuses stops the start with the reason; an existing user is never touched.
 */
@Component
@Order(1)
class AdministratorBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final IdentityService identity;
  private final String id;
  private final String password;
  private final Passwords passwords;

  AdministratorBootstrap(
      IdentityService identity,
      @Value("${MOTCUA_ADMIN_ID:admin}") String id,
      @Value("${MOTCUA_ADMIN_PASSWORD:}") String password,
      Passwords passwords) {
    this.identity = identity;
    this.passwords = passwords;
    this.id = id;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (password.isBlank() || identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    var weaknesses = passwords.weaknesses(id, password, List.of("Quản trị viên"));
    if (!weaknesses.isEmpty()) {
      // the application does not start with a guessable administrator password
      throw new IllegalStateException(
          "MOTCUA_ADMIN_PASSWORD is refused by the password policy ("
              + weaknesses.stream()
                  .map(MessageSourceResolvable::getDefaultMessage)
                  .collect(Collectors.joining(", "))
              + "): at least "
              + "12 characters, not a common password, not the user id; no administrator created");
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
