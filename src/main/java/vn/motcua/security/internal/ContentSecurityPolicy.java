package vn.motcua.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Content-Security-Policy of our own pages: scripts and styles from this server only, plus the
 * inline script a page marks with this request's nonce ({@code th:attr="nonce=${cspNonce}"}: the
 * dashboard's charts and the diagram viewer get their figures from the page that way). Styles may
 * be inline because bpmn-js and ECharts write style attributes. The Camunda webapps under {@code
 * /camunda} send their own policy ({@code camunda.bpm.webapp.header-security}), left alone.
 *
 * <p>Spring Security's {@code contentSecurityPolicy(...)} writes a fixed policy; a per-request
 * nonce needs this small filter, placed in the page chain before Spring's header writer.
 */
final class ContentSecurityPolicy extends OncePerRequestFilter {

  /** The request attribute (and template variable) holding this request's nonce. */
  static final String NONCE = "cspNonce";

  /** Permissions-Policy: none of the browser's powerful features are used by our pages. */
  static final String PERMISSIONS =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(),"
          + " magnetometer=(), gyroscope=(), accelerometer=()";

  private static final String POLICY =
      "default-src 'self'; script-src 'self' 'nonce-%s'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  private final SecureRandom random = new SecureRandom();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/camunda/")) {
      byte[] bytes = new byte[18];
      random.nextBytes(bytes);
      String nonce = Base64.getEncoder().encodeToString(bytes);
      request.setAttribute(NONCE, nonce);
      response.setHeader("Content-Security-Policy", POLICY.formatted(nonce));
    }
    chain.doFilter(request, response);
  }
}
