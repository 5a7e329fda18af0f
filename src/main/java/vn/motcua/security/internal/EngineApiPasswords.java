package vn.motcua.security.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.security.Passwords;

/**
 * The password policy ({@link Passwords}) on the passwords Camunda itself sets: Admin's "create
 * user" ({@code POST user/create}: {@code profile.id}, names, e-mail, {@code credentials.password})
 * and a password change ({@code PUT user/{id}/credentials}: {@code password}), so that no path to
 * an account, an administrator's included, takes a weak password. Camunda's own engine-wide policy
 * stays off, because the demo organisation's accounts use {@code demo}.
 */
@Component
class EngineApiPasswords {

  private final Passwords policy;
  private final IdentityService identity;
  private final MessageSource messages;

  EngineApiPasswords(Passwords policy, IdentityService identity, MessageSource messages) {
    this.policy = policy;
    this.identity = identity;
    this.messages = messages;
  }

  /**
   * What is wrong with the password in {@code body} for {@code account} (null: a new user, named in
   * the body), in {@code locale}; empty when it is acceptable.
   */
  List<String> weaknesses(String account, JsonNode body, Locale locale) {
    if (body == null) {
      return List.of(messages.getMessage("problem.engine-api.weak-password.missing", null, locale));
    }
    String userId = account;
    String password;
    List<String> personal = new ArrayList<>();
    if (account == null) {
      JsonNode profile = body.path("profile");
      userId = profile.path("id").asText("");
      password = body.path("credentials").path("password").asText(null);
      for (String field : List.of("firstName", "lastName", "email")) {
        personal.add(profile.path(field).asText(""));
      }
    } else {
      password = body.path("password").asText(null);
      User user = identity.createUserQuery().userId(account).singleResult();
      if (user != null) {
        personal.add(user.getFirstName() == null ? "" : user.getFirstName());
        personal.add(user.getLastName() == null ? "" : user.getLastName());
        personal.add(user.getEmail() == null ? "" : user.getEmail());
      }
    }
    if (password == null) {
      return List.of(messages.getMessage("problem.engine-api.weak-password.missing", null, locale));
    }
    return policy.weaknesses(userId, password, personal).stream()
        .map(weakness -> messages.getMessage(weakness, locale))
        .toList();
  }
}
