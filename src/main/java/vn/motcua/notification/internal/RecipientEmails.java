package vn.motcua.notification.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Recipients' e-mail addresses, from the engine's identity service (its users table or LDAP). */
@Component
class RecipientEmails {

  private final IdentityService identity;

  RecipientEmails(IdentityService identity) {
    this.identity = identity;
  }

  /**
   * The user's e-mail address, or {@code null} if the user or the address does not exist. The
   * lookup is the system's, not the signed-in official's: with authorization on, an official may
   * not read other users, so the engine authentication is set aside for the query and put back.
   */
  String of(String userId) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      User user = identity.createUserQuery().userId(userId).singleResult();
      String email = user == null ? null : user.getEmail();
      return email == null || email.isBlank() ? null : email.strip();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
