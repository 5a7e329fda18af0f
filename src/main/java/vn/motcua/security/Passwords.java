package vn.motcua.security;

import java.util.Collection;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * The password policy for accounts the application creates (officials added through the API or the
 * admin page, the first administrator): at least twelve characters, not a common password or a
 * common word with digits around it, not the user id, a name or an agency code.
 */
public interface Passwords {

  /**
   * What is wrong with {@code password} for account {@code userId}, one message per rule broken
   * (codes {@code password.rule.*}); empty when the password is acceptable. {@code personal} are
   * further words the password must not be built on: the official's name, e-mail, agency code.
   */
  List<MessageSourceResolvable> weaknesses(
      String userId, String password, Collection<String> personal);
}
