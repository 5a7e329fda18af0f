package vn.motcua.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.motcua.security.Passwords;

/**
 * {@link Passwords} as Camunda password policy rules ({@link PasswordPolicyRule}: Camunda's own
 * length rule, and two of ours for common and personal passwords), so that the same policy could be
 * handed to the engine ({@code enablePasswordPolicy} with {@code passwordPolicy}). We do not switch
 * the engine's policy on: it would apply to every {@code saveUser}, the demo organisation's users
 * with password {@code demo} included; the application checks where accounts are made instead.
 * Camunda's {@code PasswordPolicyUserDataRuleImpl} is not used because it refuses any password
 * containing a last name, and a Vietnamese given name is often two letters ({@code An}).
 */
@Component
public class PasswordRules implements Passwords {

  static final int MIN_LENGTH = 12;

  private final Set<String> common;

  public PasswordRules() {
    this(readList("security/common-passwords.txt"));
  }

  PasswordRules(Set<String> common) {
    this.common = common;
  }

  @Override
  public List<MessageSourceResolvable> weaknesses(
      String userId, String password, Collection<String> personal) {
    String candidate = password == null ? "" : password;
    List<MessageSourceResolvable> broken = new ArrayList<>();
    for (PasswordPolicyRule rule : policy(userId, personal).getRules()) {
      if (!rule.execute(candidate)) {
        broken.add(
            new DefaultMessageSourceResolvable(
                new String[] {"password.rule." + rule.getPlaceholder()},
                rule.getParameters() == null ? null : rule.getParameters().values().toArray(),
                rule.getPlaceholder()));
      }
    }
    return broken;
  }

  /** The rules for one account. */
  PasswordPolicy policy(String userId, Collection<String> personal) {
    List<String> words = new ArrayList<>(personal == null ? List.of() : personal);
    words.add(userId);
    List<PasswordPolicyRule> rules =
        List.of(
            new PasswordPolicyLengthRuleImpl(MIN_LENGTH),
            new CommonRule(common),
            new PersonalRule(words));
    return () -> rules;
  }

  /** Lower case, accents and separators removed: "Nguyễn Văn An" is "nguyenvanan". */
  static String fold(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain
        .replace('đ', 'd')
        .replace('Đ', 'D')
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]", "");
  }

  /**
   * Not in the list, nor a listed word with digits or symbols around it, nor a few characters
   * repeated.
   */
  record CommonRule(Set<String> common) implements PasswordPolicyRule {
    @Override
    public String getPlaceholder() {
      return "COMMON";
    }

    @Override
    public Map<String, String> getParameters() {
      return null;
    }

    @Override
    public boolean execute(String password) {
      String lower = password.toLowerCase(Locale.ROOT);
      String core = fold(password).replaceAll("^[0-9]+|[0-9]+$", "");
      long distinct = lower.chars().distinct().count();
      return distinct >= 5
          && !common.contains(lower)
          && !common.contains(fold(password))
          && !(core.length() < 4 || common.contains(core));
    }
  }

  /** Not built on the user id, a name, an e-mail's local part or an agency code. */
  record PersonalRule(List<String> words) implements PasswordPolicyRule {
    @Override
    public String getPlaceholder() {
      return "PERSONAL";
    }

    @Override
    public Map<String, String> getParameters() {
      return null;
    }

    @Override
    public boolean execute(String password) {
      String folded = fold(password);
      return words.stream()
          .filter(word -> word != null && !word.isBlank())
          .map(word -> fold(word.contains("@") ? word.substring(0, word.indexOf('@')) : word))
          .filter(word -> word.length() >= 4)
          .noneMatch(folded::contains);
    }
  }

  private static Set<String> readList(String resource) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
