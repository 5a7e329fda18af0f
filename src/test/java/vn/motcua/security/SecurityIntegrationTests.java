package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Who may call what: the API and the engine REST API need a login, and a commune's officials
 * neither read nor see the dossiers and tasks of another commune.
 */
@IntegrationTest
class SecurityIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};

  /**
   * Wrong passwords make Camunda delay the user's next login, so only this user, made for it, ever
   * gets one.
   */
  private static final String WRONG_PASSWORD_USER = "thu.matkhausai";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  private String code;

  @BeforeEach
  void anBinhReceivesADossier() {
    if (identity.createUserQuery().userId(WRONG_PASSWORD_USER).count() == 0) {
      User user = identity.newUser(WRONG_PASSWORD_USER);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    code = (String) created.getBody().get("code");
  }

  @Test
  void apiWithoutLoginIsUnauthorizedWithProblemDetails() {
    for (String path :
        List.of("/api/dossiers/" + code, "/engine-rest/task", "/engine-rest/process-definition")) {
      ResponseEntity<Map<String, Object>> response =
          http.exchange(path, HttpMethod.GET, null, JSON);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
      assertThat(
              response
                  .getHeaders()
                  .getContentType()
                  .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .isTrue();
      assertThat(response.getBody())
          .containsEntry("status", 401)
          .containsEntry("title", "Chưa xác thực");
    }
    ResponseEntity<Map<String, Object>> post =
        http.exchange(
            "/api/dossiers",
            HttpMethod.POST,
            new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
            JSON);
    assertThat(post.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void wrongPasswordIsUnauthorized() {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(WRONG_PASSWORD_USER, "wrong")
            .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void otherCommuneCannotReadTheDossier() {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
            .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).containsEntry("status", 403).doesNotContainKey("applicant");
  }

  @Test
  void otherCommuneCannotReceiveForAnBinh() {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void specialistCannotReceiveAtTheCounter() {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("hotich.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void engineRestShowsTheTaskOnlyToTheReceivingCommune() {
    assertThat(tasksOf("tiepnhan.anbinh"))
        .singleElement()
        .satisfies(task -> assertThat(task).containsEntry("taskDefinitionKey", "Task_Reception"));
    assertThat(tasksOf("tiepnhan.hoaphu")).isEmpty();
    assertThat(tasksOf("chutich.hoaphu")).isEmpty();
    assertThat(tasksOf("admin")).hasSize(1);
  }

  @Test
  void otherCommuneCannotCompleteTheTaskThroughEngineRest() {
    String taskId = (String) tasksOf("tiepnhan.anbinh").get(0).get("id");
    ResponseEntity<String> response =
        http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
            .exchange(
                "/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST,
                new HttpEntity<>(
                    Map.of("variables", Map.of("receptionDecision", Map.of("value", "ACCEPT")))),
                String.class);
    assertThat(response.getStatusCode().value()).isIn(403, 404);
    assertThat(tasksOf("tiepnhan.anbinh")).hasSize(1);
  }

  @Test
  void webappsRedirectToTheOneLoginPage() {
    TestRestTemplate http = this.http.withRedirects(Redirects.DONT_FOLLOW);
    ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/", String.class);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(tasklist.getHeaders().getLocation()).hasPath("/login");
    ResponseEntity<String> home = http.getForEntity("/", String.class);
    assertThat(home.getStatusCode()).isEqualTo(HttpStatus.FOUND);
  }

  @Test
  void loginPageIsPublicAndRejectsBadPasswords() {
    TestRestTemplate http = this.http.withRedirects(Redirects.DONT_FOLLOW);
    ResponseEntity<String> page = http.getForEntity("/login", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Đăng nhập");
    String csrf = page.getBody().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    String session = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", WRONG_PASSWORD_USER);
    form.add("password", "wrong");
    form.add("_csrf", csrf);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, session);
    ResponseEntity<String> login =
        http.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(login.getHeaders().getLocation().toString()).endsWith("/login?error");
  }

  private List<Map<String, Object>> tasksOf(String user) {
    ResponseEntity<List<Map<String, Object>>> response =
        http.withBasicAuth(user, PASSWORD)
            .exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + code,
                HttpMethod.GET,
                null,
                JSON_LIST);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
