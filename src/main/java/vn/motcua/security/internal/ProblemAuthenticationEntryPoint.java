package vn.motcua.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Answers an unauthenticated API call. An API client gets 401, a Basic challenge and a problem
 * detail; a browser ({@link BrowserRequests}) gets the same problem without the challenge, so that
 * it never shows its own password dialog; a page opened in a browser ({@code /api} only, {@code
 * loginPage} set) goes to the login page, which brings it back after sign-in. A sign-in refused by
 * {@link SignInThrottle} answers 429 with Retry-After.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  static final String CHALLENGE = "Basic realm=\"motcua\", charset=\"UTF-8\"";

  private final SecurityProblems problems;
  private final LoginUrlAuthenticationEntryPoint loginPage;

  /** {@code loginPage} null: never redirects (the engine REST API, which takes no session). */
  ProblemAuthenticationEntryPoint(SecurityProblems problems, String loginPage) {
    this.problems = problems;
    this.loginPage = loginPage == null ? null : new LoginUrlAuthenticationEntryPoint(loginPage);
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, ServletException {
    if (e instanceof SignInThrottled throttled) {
      long seconds = throttled.retryAfterSeconds();
      response.setHeader("Retry-After", Long.toString(seconds));
      problems.write(
          request,
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "problem.sign-in.throttled",
          new Object[] {seconds},
          problem -> problem.setProperty("retryAfterSeconds", seconds));
      return;
    }
    boolean browser = BrowserRequests.fromBrowser(request);
    if (browser && loginPage != null && BrowserRequests.isNavigation(request)) {
      loginPage.commence(request, response, e);
      return;
    }
    if (!browser || BrowserRequests.sentWithBasic(request)) {
      response.setHeader("WWW-Authenticate", CHALLENGE);
    }
    problems.write(
        request,
        response,
        HttpStatus.UNAUTHORIZED,
        browser ? "auth.signed-out" : "problem.unauthenticated",
        null,
        problem -> {});
  }
}
