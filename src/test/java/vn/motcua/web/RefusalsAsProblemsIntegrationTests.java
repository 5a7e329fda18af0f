package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.RawHttp.basic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.RawHttp;

/**
 * Requests refused before any controller of ours runs (Spring Security's firewall, the input
 * filter, Tomcat's error page) answer as problem details like the rest of the API, in the user's
 * language; a browser asking for HTML still gets an HTML page. Sent over a raw socket, because
 * ordinary clients refuse to send such requests.
 */
@IntegrationTest
class RefusalsAsProblemsIntegrationTests {

  @LocalServerPort int port;

  private RawHttp http() {
    return RawHttp.from(port, "127.0.0.1");
  }

  @Test
  void theFirewallsRefusalsAreProblems() {
    for (String target :
        List.of(
            "/api/..;/x",
            "/api/dossiers;jsessionid=1/x",
            "/api/%2e%2e/engine-rest/job",
            "/api//dossiers",
            "/api/dossiers/%0a")) {
      RawHttp.Response response = http().get(target, basic("admin", DemoData.PASSWORD));
      assertProblem(response, 400, target);
    }
  }

  @Test
  void aNulInThePathOrAParameterIsRefusedInTheUsersLanguage() {
    RawHttp.Response path = http().get("/api/dossiers/A%00B", basic("admin", DemoData.PASSWORD));
    assertProblem(path, 400, "NUL in the path"); // Tomcat's own refusal
    assertThat(path.body()).contains("Yêu cầu không hợp lệ");
    RawHttp.Response english =
        http().get("/api/calendar/working-day?date=2026-01-01%00", "Accept-Language: en");
    assertProblem(english, 400, "NUL in a parameter");
    assertThat(english.body()).contains("Request refused", "date");
    RawHttp.Response form =
        http()
            .send(
                "POST",
                "/login",
                List.of("Content-Type: application/x-www-form-urlencoded"),
                "username=a%00&password=b");
    assertProblem(form, 400, "NUL in a form field");
  }

  @Test
  void tomcatsOwnRefusalsAreProblems() {
    // a bad %-encoding in the path, and a path that is not a valid URI
    for (String target : List.of("/api/dossiers/%zz", "/api/dossiers/%c0%ae")) {
      assertProblem(http().get(target, basic("admin", DemoData.PASSWORD)), 400, target);
    }
  }

  @Test
  void tomcatsParseLevelRefusalsAreProblems() {
    Map<String, RawHttp.Response> refused = new LinkedHashMap<>();
    refused.put("control character in a header", http().get("/api/procedures", "X-Bad: a\u0001b"));
    refused.put("header without a colon", http().get("/api/procedures", "NoColon"));
    refused.put("header name with a space", http().get("/api/procedures", "Bad Header: a"));
    refused.put("20 kB header", http().get("/api/procedures", "X-Big: " + "a".repeat(20_000)));
    refused.put("space in the path", http().get("/api/pro cedures x"));
    refused.put("DEL in the path", http().get("/api/proc\u007fedures"));
    refused.put("method G@T", http().send("G@T", "/api/procedures", List.of(), null));
    refused.put("method TRACE", http().send("TRACE", "/api/procedures", List.of(), null));
    refused.put(
        "Content-Length abc",
        http().send("POST", "/api/dossiers", List.of("Content-Length: abc"), null));
    refused.forEach((what, response) -> assertProblem(response, 400, what));
  }

  @Test
  void theErrorPageAnswersApiClientsWithAProblem() {
    RawHttp.Response missing =
        http()
            .get(
                "/api/no-such-thing",
                basic("admin", DemoData.PASSWORD),
                "Accept: application/json");
    assertProblem(missing, 404, "unknown path");
    RawHttp.Response method =
        http()
            .send(
                "PATCH",
                "/api/calendar/holidays?year=2026",
                List.of("Accept: application/json"),
                "");
    assertThat(method.status()).isIn(401, 405);
    assertProblem(method, method.status(), "PATCH");
    RawHttp.Response tooLarge =
        http()
            .send(
                "POST",
                "/api/dossiers",
                List.of(
                    basic("tiepnhan.anbinh", DemoData.PASSWORD), "Content-Type: application/json"),
                "\"" + "x".repeat(2_100_000) + "\"");
    assertProblem(tooLarge, 413, "2 MB body");
  }

  @Test
  void aRefusalSentThroughTheErrorPageIsAProblemForApiClientsAndHtmlForBrowsers() {
    RawHttp.Response signedIn = http().signIn("tiepnhan.anbinh", DemoData.PASSWORD);
    String session = signedIn.header("X-Session-Cookie").orElseThrow();
    // Spring Security's access-denied handler sends 403 through the error page
    RawHttp.Response json =
        http()
            .get("/admin/organization", session, "Accept: application/json", "Accept-Language: en");
    assertProblem(json, 403, "admin page as JSON");
    RawHttp.Response html =
        http().get("/admin/organization", session, "Accept: text/html,application/xhtml+xml");
    assertThat(html.status()).isEqualTo(403);
    assertThat(html.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
  }

  @Test
  void browsersStillGetAnHtmlErrorPage() {
    RawHttp.Response page =
        http().get("/api/dossiers/%zz", "Accept: text/html,application/xhtml+xml");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
  }

  private static void assertProblem(RawHttp.Response response, int status, String what) {
    assertThat(response.status()).as(what).isEqualTo(status);
    assertThat(response.header("Content-Type"))
        .as(what)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body())
        .as(what)
        .contains("\"title\":\"", "\"detail\":\"", "\"status\":" + status);
  }
}
