package vn.motcua.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Answers an unauthenticated API call with 401, a Basic challenge and a problem detail. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final ObjectMapper json;
  private final MessageSource messages;
  private final LocaleResolver locales;

  ProblemAuthenticationEntryPoint(
      ObjectMapper json, MessageSource messages, LocaleResolver locales) {
    this.json = json;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    var locale = locales.resolveLocale(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNAUTHORIZED,
            messages.getMessage("problem.unauthenticated.detail", null, locale));
    problem.setTitle(messages.getMessage("problem.unauthenticated.title", null, locale));
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader("WWW-Authenticate", "Basic realm=\"motcua\", charset=\"UTF-8\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
