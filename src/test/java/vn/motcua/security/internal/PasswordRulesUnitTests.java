package vn.motcua.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSourceResolvable;

class PasswordRulesUnitTests {

  private static final String USER = "nguyen.vanan";
  private static final List<String> PERSONAL =
      List.of("Nguyễn Văn An", "an.nguyen@example.vn", "000.00.01.H99");

  private final PasswordRules rules = new PasswordRules();

  @Test
  void shortPasswordsBreakTheLengthRuleAndCommonOnesTheListToo() {
    assertThat(codes("a"))
        .containsExactly("password.rule.PASSWORD_POLICY_LENGTH", "password.rule.COMMON");
    assertThat(codes("demo"))
        .containsExactly("password.rule.PASSWORD_POLICY_LENGTH", "password.rule.COMMON");
    assertThat(codes("12345678"))
        .containsExactly("password.rule.PASSWORD_POLICY_LENGTH", "password.rule.COMMON");
    assertThat(rules.weaknesses(USER, "a", PERSONAL).get(0).getArguments()).containsExactly("12");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456789012",
        "password1234",
        "Password2025!",
        "matkhau123456",
        "qwertyuiop12",
        "aaaaaaaaaaaaaa",
        "abababababab12",
        "2024motcua2025"
      })
  void commonPasswordsOfTwelveCharactersAndMoreAreRefused(String password) {
    assertThat(codes(password)).containsExactly("password.rule.COMMON");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nguyen.vanan",
        "Nguyen.VanAn-2025",
        "nguyenvanan!!77",
        "an.nguyen-secret-x",
        "000.00.01.H99x!"
      })
  void passwordsBuiltOnTheUserIdNameEmailOrAgencyAreRefused(String password) {
    assertThat(codes(password)).contains("password.rule.PERSONAL");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"mây-trắng-bay-về-núi-9", "correct horse battery staple", "Tr4m-Thu-Ph1-Tin!"})
  void longUncommonImpersonalPasswordsPass(String password) {
    assertThat(rules.weaknesses(USER, password, PERSONAL)).isEmpty();
  }

  @Test
  void noPasswordAtAllIsWeak() {
    assertThat(codes(null)).contains("password.rule.PASSWORD_POLICY_LENGTH");
  }

  private List<String> codes(String password) {
    return rules.weaknesses(USER, password, PERSONAL).stream()
        .map(MessageSourceResolvable::getCodes)
        .map(codes -> codes[0])
        .toList();
  }
}
