package vn.motcua.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refusals after authentication. On the API, a state-changing browser request without the session's
 * CSRF token answers 403 with a problem saying so; on our pages ({@code problems} null) it goes to
 * the HTML 403 page, which says why ({@value #CSRF_REFUSED}, a request attribute the page reads).
 * Any other refusal goes through the error page (a problem for API clients, HTML for browsers).
 */
class CsrfProblemHandler implements AccessDeniedHandler {

  static final String CSRF_REFUSED = "csrfRefused";

  private final SecurityProblems problems;
  private final AccessDeniedHandler others = new AccessDeniedHandlerImpl();

  /** {@code problems} null: our pages, which answer with the HTML error page. */
  CsrfProblemHandler(SecurityProblems problems) {
    this.problems = problems;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException, ServletException {
    if (e instanceof CsrfException && problems == null) {
      request.setAttribute(CSRF_REFUSED, true);
      others.handle(request, response, e);
    } else if (e instanceof CsrfException) {
      problems.write(request, response, HttpStatus.FORBIDDEN, "auth.csrf", null, problem -> {});
    } else {
      others.handle(request, response, e);
    }
  }
}
