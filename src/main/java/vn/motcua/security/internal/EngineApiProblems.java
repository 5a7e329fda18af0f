package vn.motcua.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The guard's refusals as problem details in the caller's language: what was refused and why. A
 * filter answers before Spring MVC, so it writes them itself, as {@link
 * ProblemAuthenticationEntryPoint} does.
 */
@Component
class EngineApiProblems {

  private final ObjectMapper json;
  private final MessageSource messages;
  private final LocaleResolver locales;

  EngineApiProblems(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
    this.json = json;
    this.messages = messages;
    this.locales = locales;
  }

  void adminOnly(
      HttpServletRequest request, HttpServletResponse response, String method, String path)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "admin-only", null, method + " " + path);
  }

  void claimForOther(HttpServletRequest request, HttpServletResponse response, String claimant)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "claim-other", null, String.valueOf(claimant));
  }

  void notOnForm(HttpServletRequest request, HttpServletResponse response, Set<String> refused)
      throws IOException {
    write(
        request,
        response,
        HttpStatus.FORBIDDEN,
        "not-on-form",
        refused,
        String.join(", ", refused));
  }

  /** 422: the password breaks the policy, one message per rule ({@code errors}). */
  void weakPassword(
      HttpServletRequest request, HttpServletResponse response, List<String> weaknesses)
      throws IOException {
    write(
        request,
        response,
        HttpStatus.UNPROCESSABLE_ENTITY,
        "weak-password",
        null,
        String.join("; ", weaknesses));
  }

  /** The language of this call's answers (see {@link #write}). */
  java.util.Locale locale(HttpServletRequest request) {
    boolean engineRest =
        request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
    return engineRest && request.getHeader("Accept-Language") != null
        ? request.getLocale()
        : locales.resolveLocale(request);
  }

  private void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String kind,
      Set<String> variables,
      String argument)
      throws IOException {
    // API clients of /engine-rest follow Accept-Language, as those of /api do (WebConfiguration);
    // the webapps' calls follow the pages' language (Vietnamese unless chosen)
    var locale = locale(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status,
            messages.getMessage(
                "problem.engine-api." + kind + ".detail", new Object[] {argument}, locale));
    problem.setTitle(messages.getMessage("problem.engine-api." + kind + ".title", null, locale));
    problem.setInstance(URI.create(request.getRequestURI()));
    if (variables != null) {
      problem.setProperty("variables", variables);
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
