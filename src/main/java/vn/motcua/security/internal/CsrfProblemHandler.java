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
 * The API's refusals after authentication: a state-changing browser request without the session's
 * CSRF token answers 403 with a problem saying so; any other refusal goes through the error page
 * (403 problem for API clients).
 */
class CsrfProblemHandler implements AccessDeniedHandler {

  private final SecurityProblems problems;
  private final AccessDeniedHandler others = new AccessDeniedHandlerImpl();

  CsrfProblemHandler(SecurityProblems problems) {
    this.problems = problems;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException, ServletException {
    if (e instanceof CsrfException) {
      problems.write(request, response, HttpStatus.FORBIDDEN, "auth.csrf", null, problem -> {});
    } else {
      others.handle(request, response, e);
    }
  }
}
