package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An official signed in to our pages as a browser is (form login, session cookie, CSRF token), for
 * tests that read pages as HTML and post their forms without a real browser. Redirects are not
 * followed, so tests see where a form sends them.
 */
public final class PageSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;

  private PageSession(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Signs {@code user} in through {@code /login}; asserts it worked. */
  public static PageSession login(int port, String user, String password) {
    PageSession session = new PageSession(port);
    HttpResponse<String> signedIn =
        session.post("/login", Map.of("username", user, "password", password));
    assertThat(signedIn.headers().firstValue("Location"))
        .as("login of %s", user)
        .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    return session;
  }

  /** A browser that has not signed in (yet): its cookies are kept from the first answer. */
  public static PageSession anonymous(int port) {
    return new PageSession(port);
  }

  /** {@code GET path}: the response, not following a redirect. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** {@code GET path}, asserting 200: the page's HTML. */
  public String page(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
    return response.body();
  }

  /** Posts a form as the browser would, with a CSRF token of this session. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("_csrf", csrfToken(path.equals("/login") ? "/login" : "/"));
    String body =
        form.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Posts a form and follows its redirect: the page it leads to. */
  public String postAndFollow(String path, Map<String, String> fields) {
    HttpResponse<String> response = post(path, fields);
    assertThat(response.statusCode()).as("POST %s", path).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    return page(location.startsWith(base) ? location.substring(base.length()) : location);
  }

  /** The token a form of {@code page} carries. */
  private String csrfToken(String page) {
    Matcher token = CSRF.matcher(page(page));
    assertThat(token.find()).as("CSRF token on %s", page).isTrue();
    return token.group(1);
  }

  /**
   * {@code method path} with a body (null: none) and header pairs ({@code "Accept", "text/html"}),
   * with this session's cookies, not following a redirect.
   */
  public HttpResponse<String> request(String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** The CSRF token our pages carry for this session (the home page's). */
  public String csrfToken() {
    return csrfToken("/");
  }

  /** The value of this session's cookie {@code name}, if it has one. */
  public java.util.Optional<String> cookie(String name) {
    return ((CookieManager) client.cookieHandler().orElseThrow())
        .getCookieStore().getCookies().stream()
            .filter(cookie -> cookie.getName().equals(name))
            .map(java.net.HttpCookie::getValue)
            .findFirst();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
