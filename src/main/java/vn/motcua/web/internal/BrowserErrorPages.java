package vn.motcua.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A refusal of one of our pages shown to a browser: an unknown page, a method the page does not
 * take, a problem its controller raised (an unknown dossier, a refused action) goes to the error
 * page ({@link ProblemErrorController}), which shows an HTML page in the user's language with a
 * link home and the problem's detail ({@value #DETAIL}, a request attribute the templates read),
 * where the problem advice would answer JSON. API paths and clients not asking for HTML keep their
 * problem details.
 */
final class BrowserErrorPages {

  static final String DETAIL = "problemDetail";

  private BrowserErrorPages() {}

  /**
   * {@code answer} itself, or null once the error page has been asked for (the status sent, the
   * answer's headers such as Allow kept).
   */
  static ResponseEntity<Object> forBrowsers(
      Exception e, ResponseEntity<Object> answer, WebRequest request) {
    if (answer == null
        || !(request instanceof ServletWebRequest web)
        || web.getResponse() == null
        || web.getResponse().isCommitted()) {
      return answer;
    }
    HttpServletRequest servletRequest = web.getRequest();
    if (!ProblemErrorController.wantsPage(servletRequest, servletRequest.getRequestURI())) {
      return answer;
    }
    HttpServletResponse response = web.getResponse();
    boolean unknownPage =
        e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException;
    if (!unknownPage
        && answer.getBody() instanceof ProblemDetail problem
        && problem.getDetail() != null) {
      servletRequest.setAttribute(DETAIL, problem.getDetail());
    }
    answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    try {
      response.sendError(answer.getStatusCode().value());
    } catch (IOException clientGone) {
      // nothing more to tell
    }
    return null;
  }
}
