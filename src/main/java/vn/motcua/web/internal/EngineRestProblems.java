package vn.motcua.web.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.web.EngineRefusal;

/**
 * Camunda's REST errors as RFC 9457 problem details. The engine REST API answers its refusals with
 * its own JSON ({@code type} = the exception's simple name, {@code message}, sometimes {@code
 * details}: a refused deployment lists each problem there). This filter keeps every field of it, so
 * Camunda Modeler and other Camunda clients read what they read before, and adds what a problem
 * has: {@code title} in the caller's language, {@code status}, {@code detail} (= the message) and
 * {@code instance}, served as {@code application/problem+json}. Successful answers pass untouched
 * and are never buffered; answers that already are problems (the engine API guard's) are left as
 * they are. A call naming a task that does not exist is a 404, not Camunda's 500 ({@link
 * #statusOf}). A problem of the product raised inside the engine ({@link EngineRefusal}: a listener
 * refusing a step's completion) answers with its own status, title and detail, {@code message}
 * being that detail; on the webapps' API ({@code /camunda/api/engine}, {@code camundaClients}) only
 * such refusals are rewritten, as {@code application/json} with Camunda's fields, so that Tasklist
 * shows the detail. Hand-written: Camunda's exception mappers have no option for the format.
 */
class EngineRestProblems extends OncePerRequestFilter {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ProblemWriter problems;
  private final ObjectMapper json;
  private final boolean camundaClients;

  /** {@code camundaClients}: the webapps' API, where only the product's refusals are rewritten. */
  EngineRestProblems(ProblemWriter problems, ObjectMapper json, boolean camundaClients) {
    this.problems = problems;
    this.json = json;
    this.camundaClients = camundaClients;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorCapturingResponse captured = new ErrorCapturingResponse(response);
    chain.doFilter(request, captured);
    byte[] body = captured.capturedBody();
    if (body == null) {
      return;
    }
    Map<String, Object> problem =
        problem(request, captured.getStatus(), captured.getContentType(), body);
    byte[] out = body;
    if (problem != null) {
      out = json.writeValueAsBytes(problem);
      response.setStatus((Integer) problem.get("status"));
      response.setContentType(
          camundaClients
              ? MediaType.APPLICATION_JSON_VALUE
              : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    response.setContentLength(out.length);
    response.getOutputStream().write(out);
    response.flushBuffer();
  }

  /**
   * Camunda answers 500 when a call names a task (or other entity) that does not exist: its {@code
   * NullValueException}, or a {@code RestException} wrapping "Cannot find …". That is the caller's
   * error, not the server's: 404.
   */
  static int statusOf(int status, Map<String, Object> error) {
    if (status != 500) {
      return status;
    }
    Object type = error.get("type");
    String message = String.valueOf(error.get("message"));
    boolean notFound =
        "NullValueException".equals(type)
            || ("RestException".equals(type) && message.contains("Cannot find "));
    return notFound ? 404 : status;
  }

  /** Camunda's error as a problem, or null when {@code body} is not one of Camunda's errors. */
  private Map<String, Object> problem(
      HttpServletRequest request, int status, String contentType, byte[] body) {
    if (contentType == null || !contentType.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
      return null;
    }
    Map<String, Object> camunda;
    try {
      camunda = json.readValue(body, MAP);
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
    if (camunda == null || !camunda.containsKey("message") || camunda.containsKey("status")) {
      return null;
    }
    Optional<EngineRefusal> refusal = EngineRefusal.raisedDuring(request);
    if (refusal.isPresent()) {
      Map<String, Object> problem =
          problems.problem(request, refusal.get().problem(), request.getRequestURI());
      problem.put("type", camunda.get("type"));
      problem.put("message", problem.get("detail"));
      return problem;
    }
    if (camundaClients) {
      return null;
    }
    Map<String, Object> problem =
        new LinkedHashMap<>(
            problems.problem(request, statusOf(status, camunda), null, request.getRequestURI()));
    Object type = camunda.get("type");
    if (type != null) {
      problem.put("type", type);
    }
    problem.put("detail", camunda.get("message"));
    camunda.forEach(problem::putIfAbsent);
    return problem;
  }
}
