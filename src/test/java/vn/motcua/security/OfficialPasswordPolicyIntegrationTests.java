package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * An official added through the API gets a password the policy accepts: weak ones ({@code a},
 * {@code demo}, {@code 12345678}, the user id, a common one) are refused with 422 naming every rule
 * broken, and no official nor Camunda user is created.
 */
@IntegrationTest
class OfficialPasswordPolicyIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  @ParameterizedTest
  @ValueSource(strings = {"a", "demo", "12345678", "<id>", "password1234", "matkhau2025!"})
  void weakPasswordsAreRefusedAndNobodyIsCreated(String password) {
    String id = "cv.matkhau." + UUID.randomUUID().toString().substring(0, 6);
    ResponseEntity<Map<String, Object>> refused =
        add(newOfficial(id, password.replace("<id>", id)), "vi");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(
            refused
                .getHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat((String) refused.getBody().get("detail")).startsWith("Mật khẩu chưa đạt yêu cầu:");
    assertThat(refused.getBody().get("errors"))
        .isEqualTo(List.of(Map.of("field", "password", "reason", "weak")));
    assertThat(identity.createUserQuery().userId(id).count()).isZero();
    assertThat(
            http.withBasicAuth("admin", DemoData.PASSWORD)
                .exchange("/api/officials/" + id, HttpMethod.GET, null, JSON)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theRefusalListsEveryRuleBrokenInTheUsersLanguage() {
    String id = "cv.matkhau." + UUID.randomUUID().toString().substring(0, 6);
    ResponseEntity<Map<String, Object>> vietnamese = add(newOfficial(id, "demo"), "vi");
    assertThat((String) vietnamese.getBody().get("detail"))
        .contains("phải có ít nhất 12 ký tự", "là mật khẩu phổ biến");
    ResponseEntity<Map<String, Object>> english = add(newOfficial(id, "demo"), "en");
    assertThat((String) english.getBody().get("detail"))
        .startsWith("The password is not acceptable:")
        .contains("at least 12 characters", "common");
    ResponseEntity<Map<String, Object>> ownId = add(newOfficial(id, id + "!"), "en");
    assertThat((String) ownId.getBody().get("detail"))
        .isEqualTo(
            "The password is not acceptable: it must not contain the user id, the name, the e-mail"
                + " address or the agency code.");
  }

  @Test
  void aStrongPasswordIsAcceptedAndSignsIn() {
    String id = "cv.matkhau." + UUID.randomUUID().toString().substring(0, 6);
    ResponseEntity<Map<String, Object>> added =
        add(newOfficial(id, "mây-trắng-bay-về-núi-9"), "vi");
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(identity.checkPassword(id, "mây-trắng-bay-về-núi-9")).isTrue();
  }

  private ResponseEntity<Map<String, Object>> add(Map<String, Object> body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.withBasicAuth("admin", DemoData.PASSWORD)
        .exchange("/api/officials", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  private static Map<String, Object> newOfficial(String id, String password) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", id);
    body.put("fullName", "Phạm Thị Mật");
    body.put("email", id + "@example.vn");
    body.put("agency", DemoData.AN_BINH);
    body.put("roles", List.of("specialist"));
    body.put("password", password);
    return body;
  }
}
