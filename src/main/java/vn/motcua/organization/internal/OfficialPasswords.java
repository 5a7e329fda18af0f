package vn.motcua.organization.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.motcua.security.Passwords;

/**
 * The password policy ({@link Passwords}) applied where an official's password is set: a weak one
 * is refused with 422, the detail listing every rule it breaks in the user's language.
 */
@Component
class OfficialPasswords {

  private final Passwords passwords;
  private final MessageSource messages;

  OfficialPasswords(Passwords passwords, MessageSource messages) {
    this.passwords = passwords;
    this.messages = messages;
  }

  /** Refuses {@code password} for official {@code id} unless it passes the policy. */
  void require(String id, String password, List<String> personal) {
    var weaknesses = passwords.weaknesses(id, password, personal);
    if (!weaknesses.isEmpty()) {
      var locale = LocaleContextHolder.getLocale();
      String reasons =
          weaknesses.stream()
              .map(weakness -> messages.getMessage(weakness, locale))
              .collect(Collectors.joining("; "));
      throw new OrganizationProblem(
          HttpStatus.UNPROCESSABLE_ENTITY, "password.weak", "password", reasons);
    }
  }
}
