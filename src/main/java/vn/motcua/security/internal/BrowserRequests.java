package vn.motcua.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Tells a browser from an API client on {@code /api/**}. A browser sends the session cookie of our
 * login page, {@code Sec-Fetch-*} headers (every current browser, for every request) or asks for
 * HTML; an API client sends none of these and authenticates with HTTP Basic. Browsers are never
 * challenged for Basic credentials (the browser's own password dialog would bypass our login page
 * and its throttle's message), and their state-changing requests carry the CSRF token.
 */
final class BrowserRequests {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private BrowserRequests() {}

  /** Credentials in the request itself ({@code Authorization: Basic …}), not in a cookie. */
  static boolean sentWithBasic(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /** A request a browser made: it has a session cookie, Fetch metadata, or asks for HTML. */
  static boolean fromBrowser(HttpServletRequest request) {
    return request.getRequestedSessionId() != null
        || request.getHeader("Sec-Fetch-Mode") != null
        || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
        || asksForHtml(request);
  }

  /**
   * A top-level page load (a link followed, an address typed): worth a detour by the login page.
   */
  static boolean isNavigation(HttpServletRequest request) {
    String mode = request.getHeader("Sec-Fetch-Mode");
    return "GET".equals(request.getMethod())
        && (mode == null || "navigate".equals(mode))
        && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
        && asksForHtml(request);
  }

  /**
   * Which requests must carry the CSRF token: state-changing ones whose credentials the browser
   * adds by itself, the session cookie. A request without a session is refused as unauthenticated
   * anyway; one with {@code Authorization: Basic} cannot be forged by another site's page.
   */
  static RequestMatcher needingCsrfToken() {
    return request ->
        !SAFE_METHODS.contains(request.getMethod())
            && !sentWithBasic(request)
            && request.getSession(false) != null;
  }

  private static boolean asksForHtml(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null || !accept.contains("html")) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
    } catch (RuntimeException unreadable) {
      return false;
    }
  }
}
