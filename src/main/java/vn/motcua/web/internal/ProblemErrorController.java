package vn.motcua.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page ({@code /error}, where Tomcat sends a 400, 404, 405, 413 … nothing of ours
 * answered): a problem detail for API clients and anyone not asking for HTML, in place of Spring
 * Boot's own JSON shape, and for every path of the API ({@code /api/**}, {@code /engine-rest/**})
 * even to a browser; browsers get an HTML page elsewhere ({@code templates/error/404.html}, {@code
 * 403.html}, {@code 4xx.html}, {@code 5xx.html}: the status in words and a link home, never a stack
 * trace or a class name).
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

  /** An HTML page, unless the path asked for is the API's: that always answers a problem. */
  @Override
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    if (wantsPage(request, requested(request))) {
      return super.errorHtml(request, response);
    }
    HttpStatus status = getStatus(request);
    try {
      Map<String, Object> problem =
          problems.problem(request, status.value(), null, requested(request));
      response.setStatus(status.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(problems.json(problem));
    } catch (IOException clientGone) {
      // nothing more to tell
    }
    return null;
  }

  /** A browser asking for HTML, for a path outside the API. */
  static boolean wantsPage(HttpServletRequest request, String path) {
    String context = request.getContextPath();
    if (path == null
        || path.startsWith(context + "/api/")
        || path.startsWith(context + "/engine-rest/")) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
  }

  private static String requested(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri == null ? request.getRequestURI() : uri.toString();
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
