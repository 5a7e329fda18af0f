package vn.motcua.web.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;

/**
 * Tomcat's own refusals (a request it rejects before the application sees it: a bad URL encoding,
 * an illegal character, a header too large) as problem details instead of Tomcat's HTML report;
 * browsers asking for HTML still get Tomcat's short HTML page, without server details. Installed in
 * place of Spring Boot's ErrorReportValve by {@link TomcatProblems}.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

  private final ObjectProvider<ProblemWriter> problems;

  ProblemErrorReportValve(ObjectProvider<ProblemWriter> problems) {
    this.problems = problems;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    String accept = request.getHeader("Accept");
    boolean html =
        accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !accept.contains("json");
    if (html || status < 400 || response.getContentWritten() > 0) {
      super.report(request, response, throwable);
      return;
    }
    ProblemWriter writer = problems.getIfAvailable();
    if (writer == null || !response.setErrorReported()) {
      super.report(request, response, throwable);
      return;
    }
    try {
      Map<String, Object> problem = writer.problem(request, status, null, safeUri(request));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer out = response.getReporter();
      if (out != null) {
        out.write(writer.json(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response cannot be written: nothing more to tell
    }
  }

  private static String safeUri(Request request) {
    try {
      String uri = request.getDecodedRequestURI();
      return uri == null || uri.indexOf('\0') >= 0 ? null : uri;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
