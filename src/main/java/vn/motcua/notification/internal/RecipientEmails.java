package vn.motcua.notification.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.organization.OrganisationChanged;

/** Recipients' e-mail addresses, from the engine's identity service (its users table or LDAP). */
@Component
class RecipientEmails {

  private final IdentityService identity;

  /**
   * Addresses kept 10 s (a deadline burst tells the same officials thousands of times); an
   * organisation change on this node clears them at once.
   */
  private final Cache<String, Optional<String>> emails =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).maximumSize(10_000).build();

  RecipientEmails(IdentityService identity) {
    this.identity = identity;
  }

  /**
   * The user's e-mail address, or {@code null} if the user or the address does not exist. The
   * lookup is the system's, not the signed-in official's: with authorization on, an official may
   * not read other users, so the engine authentication is set aside for the query and put back.
   */
  String of(String userId) {
    return emails.get(userId, this::read).orElse(null);
  }

  @EventListener
  void on(OrganisationChanged change) {
    emails.invalidateAll();
  }

  private Optional<String> read(String userId) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      User user = identity.createUserQuery().userId(userId).singleResult();
      String email = user == null ? null : user.getEmail();
      return email == null || email.isBlank() ? Optional.empty() : Optional.of(email.strip());
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
