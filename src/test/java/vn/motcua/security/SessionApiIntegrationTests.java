package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.PageSession;

/**
 * An official signed in on {@code /login} reaches our API from the browser with the session:
 * papers, dossier JSON, notifications, never a Basic prompt; a state-changing call with the session
 * needs the CSRF token of our pages, while API clients keep HTTP Basic and need none. Browsers
 * asking for an unknown page get an HTML page, API clients a problem.
 */
@IntegrationTest
class SessionApiIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate db;
  @Autowired ObjectMapper json;

  private String code;

  @BeforeEach
  void anBinhReceivesADossier() {
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
  void aSignedInOfficialOpensPapersTheDossierAndNotificationsWithoutABasicPrompt() {
    PageSession browser = PageSession.login(port, "tiepnhan.anbinh", PASSWORD);
    HttpResponse<String> pdf = browser.get("/api/dossiers/" + code + "/papers/01?format=pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(pdf.body()).startsWith("%PDF");
    HttpResponse<String> html = browser.get("/api/dossiers/" + code + "/papers/01?format=html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains(code);
    HttpResponse<String> dossier = browser.get("/api/dossiers/" + code);
    assertThat(dossier.statusCode()).isEqualTo(200);
    assertThat(dossier.body()).contains("\"code\":\"" + code + "\"");
    HttpResponse<String> notifications = browser.get("/api/notifications");
    assertThat(notifications.statusCode()).isEqualTo(200);
    assertThat(notifications.body()).contains("\"unread\"");
    for (HttpResponse<String> response : java.util.List.of(pdf, html, dossier, notifications)) {
      assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }
    // the session opens only what its official may read
    PageSession stranger = PageSession.login(port, "tiepnhan.hoaphu", PASSWORD);
    assertThat(stranger.get("/api/dossiers/" + code).statusCode()).isEqualTo(403);
  }

  @Test
  void aSessionCallThatChangesStateNeedsTheCsrfTokenOfOurPages() throws Exception {
    PageSession browser = PageSession.login(port, "tiepnhan.anbinh", PASSWORD);
    String applicant = "CSRF " + UUID.randomUUID().toString().substring(0, 8);
    String body = json.writeValueAsString(dossierOf(applicant));

    HttpResponse<String> forged =
        browser.request("POST", "/api/dossiers", body, "Content-Type", "application/json");
    assertCsrfRefusal(forged, "Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF)");
    HttpResponse<String> wrong =
        browser.request(
            "POST",
            "/api/dossiers",
            body,
            "Content-Type",
            "application/json",
            "X-CSRF-TOKEN",
            "not-the-token",
            "Accept-Language",
            "en");
    assertCsrfRefusal(wrong, "anti-forgery (CSRF) token is missing or wrong");
    assertThat(dossiersOf(applicant)).isZero();

    HttpResponse<String> sent =
        browser.request(
            "POST",
            "/api/dossiers",
            body,
            "Content-Type",
            "application/json",
            "X-CSRF-TOKEN",
            browser.csrfToken());
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    assertThat(dossiersOf(applicant)).isOne();
    // reading needs no token
    assertThat(browser.get("/api/notifications").statusCode()).isEqualTo(200);
  }

  @Test
  void basicClientsNeedNoTokenAndGetNoSession() {
    String applicant = "Basic " + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<String> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(dossierOf(applicant)),
                String.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().get("Set-Cookie")).isNull();
    assertThat(dossiersOf(applicant)).isOne();
  }

  @Test
  void aBrowserIsNeverChallengedForBasicCredentials() {
    PageSession signedOut = PageSession.anonymous(port);
    HttpResponse<String> script =
        signedOut.request("GET", "/api/notifications", null, "Sec-Fetch-Mode", "cors");
    assertThat(script.statusCode()).isEqualTo(401);
    assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(script.body()).contains("Chưa đăng nhập");
    HttpResponse<String> expired =
        signedOut.request("GET", "/api/notifications", null, "Cookie", "JSESSIONID=expired");
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.headers().firstValue("WWW-Authenticate")).isEmpty();

    // a paper opened from a link goes by the login page and comes back
    String paper = "/api/dossiers/" + code + "/papers/01?format=pdf";
    HttpResponse<String> opened =
        signedOut.request(
            "GET",
            paper,
            null,
            "Accept",
            "text/html,application/xhtml+xml",
            "Sec-Fetch-Mode",
            "navigate");
    assertThat(opened.statusCode()).isEqualTo(302);
    assertThat(opened.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    HttpResponse<String> signedIn =
        signedOut.post("/login", Map.of("username", "tiepnhan.anbinh", "password", PASSWORD));
    String back = signedIn.headers().firstValue("Location").orElseThrow();
    assertThat(back).contains(paper);
    assertThat(signedOut.request("GET", back, null).statusCode()).isEqualTo(200);

    // an API client is challenged as before
    ResponseEntity<Map<String, Object>> client =
        http.exchange("/api/notifications", HttpMethod.GET, null, JSON);
    assertThat(client.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(client.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void anUnknownPageIsAPageForBrowsersAndAProblemForApiClients() {
    PageSession browser = PageSession.login(port, "tiepnhan.anbinh", PASSWORD);
    HttpResponse<String> page =
        browser.request("GET", "/no-such-page", null, "Accept", "text/html,application/xhtml+xml");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .contains("Không tìm thấy trang", "href=\"/\"")
        .doesNotContain("Exception");
    HttpResponse<String> english =
        browser.request(
            "GET", "/no-such-page?lang=en", null, "Accept", "text/html,application/xhtml+xml");
    assertThat(english.statusCode()).isEqualTo(404);
    assertThat(english.body()).contains("Page not found", "Back to the home page");
    browser.get("/?lang=vi");

    HttpResponse<String> client =
        browser.request("GET", "/no-such-page", null, "Accept", "application/json");
    assertThat(client.statusCode()).isEqualTo(404);
    assertThat(client.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(client.body()).contains("\"status\":404", "Không có tài nguyên nào tại địa chỉ này");
    HttpResponse<String> api =
        browser.request("GET", "/api/no-such-thing", null, "Accept", "text/html");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

    HttpResponse<String> method =
        browser.request(
            "DELETE", "/worklist?_csrf=" + browser.csrfToken(), null, "Accept", "text/html");
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.body()).contains("Phương thức không được hỗ trợ").doesNotContain("Exception");
  }

  private static void assertCsrfRefusal(HttpResponse<String> response, String detail) {
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":403", detail);
  }

  private static Map<String, Object> dossierOf(String applicant) {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.put("applicant", Map.of("fullName", applicant, "idNumber", "001090012345"));
    return body;
  }

  private int dossiersOf(String applicant) {
    return db.queryForObject(
        "select count(*) from dossier where applicant_full_name = ?", Integer.class, applicant);
  }
}
