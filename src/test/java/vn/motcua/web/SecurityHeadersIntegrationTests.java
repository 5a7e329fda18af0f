package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.PageSession;
import vn.motcua.RawHttp;

/**
 * Our pages carry a Content-Security-Policy (scripts from the server and the page's own nonce
 * only), Referrer-Policy, Permissions-Policy and X-Content-Type-Options; the session cookie is
 * SameSite=Lax; the Camunda webapps keep their own single policy.
 */
@IntegrationTest
class SecurityHeadersIntegrationTests {

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  @LocalServerPort int port;

  @Test
  void ourPagesSendThePoliciesAndTheInlineScriptCarriesTheNonce() {
    PageSession session = PageSession.login(port, "chutich.anbinh", DemoData.PASSWORD);
    for (String path : List.of("/", "/worklist", "/dashboard", "/login")) {
      HttpResponse<String> page = session.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      List<String> policies = page.headers().allValues("Content-Security-Policy");
      assertThat(policies).as(path).hasSize(1);
      assertThat(policies.get(0))
          .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'")
          .doesNotContain("unsafe-eval")
          .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';");
      assertThat(page.headers().firstValue("Referrer-Policy"))
          .hasValue("strict-origin-when-cross-origin");
      assertThat(page.headers().firstValue("Permissions-Policy"))
          .hasValueSatisfying(
              p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    HttpResponse<String> dashboard = session.get("/dashboard");
    Matcher nonce =
        NONCE.matcher(dashboard.headers().firstValue("Content-Security-Policy").orElseThrow());
    assertThat(nonce.find()).isTrue();
    assertThat(dashboard.body()).contains("<script nonce=\"" + nonce.group(1) + "\">");
    // a new nonce on every page
    assertThat(session.get("/dashboard").headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(p -> assertThat(p).doesNotContain(nonce.group(1)));
  }

  @Test
  void theSessionCookieIsSameSiteLax() {
    RawHttp.Response login = RawHttp.from(port, "127.0.0.1").get("/login");
    assertThat(login.all("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .singleElement()
        .satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax", "HttpOnly"));
  }

  @Test
  void theCamundaWebappsKeepTheirOwnPolicy() {
    RawHttp.Response tasklist =
        RawHttp.from(port, "127.0.0.1").get("/camunda/app/tasklist/default/");
    assertThat(tasklist.all("Content-Security-Policy")).hasSizeLessThanOrEqualTo(1);
    assertThat(tasklist.all("Content-Security-Policy"))
        .allSatisfy(policy -> assertThat(policy).doesNotContain("nonce-"));
  }
}
