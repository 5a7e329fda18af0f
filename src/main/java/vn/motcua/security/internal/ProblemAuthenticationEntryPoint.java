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

/**
 * Answers an unauthenticated API call with 401, a Basic challenge and a problem detail; a sign-in
 * refused by {@link SignInThrottle} with 429 and Retry-After.
 */
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
    if (e instanceof SignInThrottled throttled) {
      tooManyFailures(request, response, throttled, locale);
      return;
    }
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

  /** 429 with Retry-After: too many failed sign-ins for this user or from this client. */
  private void tooManyFailures(
      HttpServletRequest request,
      HttpServletResponse response,
      SignInThrottled throttled,
      java.util.Locale locale)
      throws IOException {
    long seconds = throttled.retryAfterSeconds();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.TOO_MANY_REQUESTS,
            messages.getMessage(
                "problem.sign-in.throttled.detail", new Object[] {seconds}, locale));
    problem.setTitle(messages.getMessage("problem.sign-in.throttled.title", null, locale));
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("retryAfterSeconds", seconds);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
