package vn.motcua.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A request Spring Security's firewall refuses ({@code ;}, {@code %2e}, {@code //}, a NUL or other
 * control character in the URL, a header that is not printable …) answers 400 as a problem detail,
 * where the default answers 400 with no body. Spring Security uses the one bean of this type it
 * finds.
 */
@Component
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

  private final ObjectMapper json;
  private final MessageSource messages;
  private final LocaleResolver locales;

  ProblemRequestRejectedHandler(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
    this.json = json;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    log.debug("Request refused by the firewall: {}", e.getMessage());
    var locale = locales.resolveLocale(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, messages.getMessage("problem.rejected.detail", null, locale));
    problem.setTitle(messages.getMessage("problem.rejected.title", null, locale));
    response.resetBuffer();
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
