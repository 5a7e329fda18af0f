package vn.motcua.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes a problem detail straight to the response, in the request's language, where Spring MVC's
 * advice cannot: servlet filters, the error page and Tomcat's own refusals. {@code kind} picks the
 * messages {@code problem.<kind>.title} and {@code .detail}; without them, {@code
 * problem.status.<code>.*} and finally the status's reason phrase.
 */
@Component
class ProblemWriter {

  private final ObjectMapper json;
  private final MessageSource messages;
  private final LocaleResolver locales;

  ProblemWriter(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
    this.json = json;
    this.messages = messages;
    this.locales = locales;
  }

  /** The problem as a map (status, title, detail, instance) for {@code status}. */
  Map<String, Object> problem(
      HttpServletRequest request, int status, String kind, String instance, Object... args) {
    Locale locale = locale(request);
    HttpStatus known = HttpStatus.resolve(status);
    String phrase = known == null ? "Error " + status : known.getReasonPhrase();
    String fallbackTitle = text("problem.status." + status + ".title", locale, phrase);
    String fallbackDetail = text("problem.status." + status + ".detail", locale, fallbackTitle);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put(
        "title", kind == null ? fallbackTitle : text("problem." + kind + ".title", locale, phrase));
    problem.put("status", status);
    problem.put(
        "detail",
        kind == null
            ? fallbackDetail
            : messages.getMessage("problem." + kind + ".detail", args, fallbackDetail, locale));
    if (instance != null) {
      problem.put("instance", instance);
    }
    return problem;
  }

  /**
   * A problem the product's code raised, its title and detail resolved in the request's language,
   * with its own properties; the status's words where it names none.
   */
  Map<String, Object> problem(HttpServletRequest request, ErrorResponse error, String instance) {
    int status = error.getStatusCode().value();
    Map<String, Object> problem = problem(request, status, null, instance);
    ProblemDetail body = error.updateAndGetBody(messages, locale(request));
    if (body.getTitle() != null) {
      problem.put("title", body.getTitle());
    }
    if (body.getDetail() != null) {
      problem.put("detail", body.getDetail());
    }
    if (body.getProperties() != null) {
      body.getProperties().forEach(problem::putIfAbsent);
    }
    return problem;
  }

  /** Writes the problem as {@code application/problem+json}, replacing anything buffered. */
  void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String kind,
      Object... args)
      throws IOException {
    Map<String, Object> problem = problem(request, status, kind, request.getRequestURI(), args);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }

  /** The problem as JSON text. */
  String json(Map<String, Object> problem) throws IOException {
    return json.writeValueAsString(problem);
  }

  private Locale locale(HttpServletRequest request) {
    try {
      return locales.resolveLocale(request);
    } catch (RuntimeException e) {
      return WebConfiguration.VIETNAMESE; // a request too broken to read its cookies
    }
  }

  private String text(String code, Locale locale, String fallback) {
    return messages.getMessage(code, null, fallback, locale);
  }
}
