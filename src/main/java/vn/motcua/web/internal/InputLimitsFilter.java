package vn.motcua.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, what Spring Security's firewall refuses (400), a NUL
 * character in the path, a query parameter or a form field (400: PostgreSQL stores no NUL, and no
 * field of ours needs one), and a JSON body announced larger than {@link
 * JsonInputLimits#MAX_DOCUMENT} bytes (413). Bodies that do not announce their length are bounded
 * by the JSON parser's own limit. Runs first, before security, so that refusing costs nothing; the
 * answer is a problem detail in the user's language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class InputLimitsFilter extends OncePerRequestFilter {

  private static final StrictHttpFirewall FIREWALL = new StrictHttpFirewall();

  private final ProblemWriter problems;

  InputLimitsFilter(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isJson(request) && request.getContentLengthLong() > JsonInputLimits.MAX_DOCUMENT) {
      problems.write(
          request,
          response,
          HttpStatus.PAYLOAD_TOO_LARGE.value(),
          "too-large",
          JsonInputLimits.MAX_DOCUMENT / 1_000_000);
      return;
    }
    try {
      // the firewall Spring Security applies later, applied before anything parses the path:
      // Spring MVC's path filters fail (500) on what it refuses, such as /api/%2e%2e/engine-rest
      FIREWALL.getFirewalledRequest(request);
    } catch (RequestRejectedException e) {
      problems.write(request, response, HttpStatus.BAD_REQUEST.value(), "rejected");
      return;
    }
    String field = nulField(request);
    if (field != null) {
      problems.write(request, response, HttpStatus.BAD_REQUEST.value(), "nul", field);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null) {
      return false;
    }
    try {
      MediaType media = MediaType.parseMediaType(type);
      return media.isCompatibleWith(MediaType.APPLICATION_JSON)
          || media.getSubtype().endsWith("+json");
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The first place holding a NUL: the path, or a parameter's name. */
  private static String nulField(HttpServletRequest request) {
    if (hasNul(request.getRequestURI())) {
      return "path";
    }
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      // reading the parameters would read the uploaded files before security has run
      return hasNul(request.getQueryString()) ? "?" : null;
    }
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (parameter.getKey().indexOf('\0') >= 0) {
        return "?";
      }
      for (String value : parameter.getValue()) {
        if (value != null && value.indexOf('\0') >= 0) {
          return parameter.getKey();
        }
      }
    }
    return null;
  }

  private static boolean hasNul(String raw) {
    return raw != null && (raw.indexOf('\0') >= 0 || raw.contains("%00"));
  }
}
