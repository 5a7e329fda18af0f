package vn.motcua.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes the security filters' refusals (401, 403 for a missing CSRF token, 429) as problem details
 * in the caller's language: {@code <key>.title} and {@code <key>.detail} from the messages.
 */
@Component
class SecurityProblems {

  private final ObjectMapper json;
  private final MessageSource messages;
  private final LocaleResolver locales;

  SecurityProblems(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
    this.json = json;
    this.messages = messages;
    this.locales = locales;
  }

  void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String key,
      Object[] args,
      Consumer<ProblemDetail> more)
      throws IOException {
    Locale locale = locales.resolveLocale(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status, messages.getMessage(key + ".detail", args, locale));
    problem.setTitle(messages.getMessage(key + ".title", null, locale));
    problem.setInstance(URI.create(request.getRequestURI()));
    more.accept(problem);
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
