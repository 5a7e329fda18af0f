package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.security.EngineApiLeastPrivilegeIntegrationTests.assertRefused;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.motcua.IntegrationTest;

/**
 * The password policy holds on Camunda's own ways to set a password: an administrator creating a
 * user in Camunda Admin (or over the engine API) and an official changing their own password; an
 * official cannot set another's.
 */
@IntegrationTest
class EngineApiPasswordsIntegrationTests {

  private static final String OWN = "thu.doimatkhau";
  private static final String CREATED = "thu.taomoi";
  private static final String STRONG = "song-hong-chay-qua-ha-noi-7";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  @BeforeEach
  void anOfficialOfTheirOwn() {
    User user = identity.newUser(OWN);
    user.setFirstName("Đỗ Thị");
    user.setLastName("Hạnh");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
  }

  @AfterEach
  void removeThem() {
    identity.deleteUser(OWN);
    identity.deleteUser(CREATED);
  }

  @Test
  void anAdministratorCannotCreateAUserWithAWeakPassword() {
    ResponseEntity<String> weak = create("12345678");
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(
            weak.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(weak.getBody()).contains("Mật khẩu không đạt yêu cầu", "12");
    assertThat(identity.createUserQuery().userId(CREATED).count()).isZero();

    assertThat(create(STRONG).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.checkPassword(CREATED, STRONG)).isTrue();
  }

  @Test
  void anOfficialChangesTheirOwnPasswordOnlyToAStrongOne() {
    ResponseEntity<String> weak = credentials(OWN, OWN, "hanh2026");
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(identity.checkPassword(OWN, PASSWORD)).isTrue();

    assertThat(credentials(OWN, OWN, STRONG).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.checkPassword(OWN, STRONG)).isTrue();
  }

  @Test
  void anOfficialCannotSetAnothersPassword() {
    ResponseEntity<String> other = credentials(OWN, "hotich.anbinh", STRONG);
    assertRefused(other);
    assertThat(identity.checkPassword("hotich.anbinh", PASSWORD)).isTrue();
  }

  private ResponseEntity<String> create(String password) {
    return http.withBasicAuth("admin", PASSWORD)
        .exchange(
            "/engine-rest/user/create",
            HttpMethod.POST,
            json(
                Map.of(
                    "profile",
                    Map.of("id", CREATED, "firstName", "Vũ Văn", "lastName", "Minh"),
                    "credentials",
                    Map.of("password", password))),
            String.class);
  }

  private ResponseEntity<String> credentials(String caller, String account, String password) {
    return http.withBasicAuth(caller, PASSWORD)
        .exchange(
            "/engine-rest/user/{id}/credentials",
            HttpMethod.PUT,
            json(Map.of("password", password, "authenticatedUserPassword", PASSWORD)),
            String.class,
            account);
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
