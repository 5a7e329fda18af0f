package vn.motcua.engine.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import vn.motcua.web.ReplayedBodyRequest;

/**
 * Refuses a deployment upload larger than the request limit before the engine REST API reads it:
 * Camunda's multipart reader keeps the whole body in memory, and Spring's multipart limits do not
 * apply to Jersey. A declared Content-Length above the limit is refused unread; a chunked body is
 * read up to the limit and refused beyond it. The answer is a 400 problem detail.
 */
final class DeploymentUploadLimit extends OncePerRequestFilter {

  static final String PATH_END = "/deployment/create";

  private final long maxBytes;
  private final ObjectMapper json;
  private final MessageSource messages;
  private final LocaleResolver locales;

  DeploymentUploadLimit(
      long maxBytes, ObjectMapper json, MessageSource messages, LocaleResolver locales) {
    this.maxBytes = maxBytes;
    this.json = json;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod())
        || !request.getRequestURI().endsWith(PATH_END);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(request, response);
      return;
    }
    if (declared >= 0) { // the container reads no more than the declared length
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, 1L << 30));
    if (body.length > maxBytes) {
      refuse(request, response);
      return;
    }
    chain.doFilter(new ReplayedBodyRequest(request, body), response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale locale = // the API's rule: Accept-Language when given, else the user's choice
        request.getHeader("Accept-Language") != null
            ? request.getLocale()
            : locales.resolveLocale(request);
    Object[] limit = {maxBytes / (1024 * 1024)};
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            messages.getMessage("problem.deployment.too-large.detail", limit, locale));
    problem.setTitle(messages.getMessage("problem.deployment.too-large.title", null, locale));
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("maxBytes", maxBytes);
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setHeader("Connection", "close"); // the rest of the body is not read
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
    response.flushBuffer(); // before the container tries to swallow the unread body
  }
}
