package vn.motcua.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The error page ({@code /error}, where Tomcat sends a 400, 404, 405, 413 … nothing of ours
 * answered): a problem detail for API clients and anyone not asking for HTML, in place of Spring
 * Boot's own JSON shape; browsers still get the HTML error page ({@link #errorHtml}).
 */
@Component
class ProblemErrorController extends BasicErrorController {

  private final ProblemWriter problems;

  ProblemErrorController(
      ErrorAttributes errors,
      ServerProperties server,
      ObjectProvider<ErrorViewResolver> views,
      ProblemWriter problems) {
    super(errors, server.getError(), views.orderedStream().toList());
    this.problems = problems;
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    if (status == HttpStatus.NO_CONTENT) {
      return new ResponseEntity<>(status);
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Map<String, Object> problem =
        problems.problem(request, status.value(), null, uri == null ? null : uri.toString());
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
