package vn.motcua.tracking.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizens' status pages: {@code GET /public/status} (the lookup form), {@code POST
 * /public/status} (its answer) and {@code GET /status/{code}?t=} (receipt 01's QR code). A failed
 * lookup of either kind shows the same form with the same message (404). These pages start no
 * session and carry no CSRF token (a lookup changes nothing; without a session nothing else tells
 * two failed answers apart), and every answer is {@code no-store}.
 */
@Controller
class StatusPages {

  private final StatusLookup lookup;

  StatusPages(StatusLookup lookup) {
    this.lookup = lookup;
  }

  @GetMapping("/public/status")
  String form(HttpServletRequest request, HttpServletResponse response) {
    sessionless(request, response);
    return "public/status-lookup";
  }

  @PostMapping("/public/status")
  String lookup(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String idDigits,
      @RequestParam(required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    sessionless(request, response);
    lookup.take(request);
    LookupRequest asked = new LookupRequest(code, idDigits, token);
    try {
      lookup.validate(asked);
    } catch (ConstraintViolationException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("invalid", true);
      return "public/status-lookup";
    }
    return answer(lookup.find(asked, locale), response, model);
  }

  /** Receipt 01's QR code: the code and its token in the link. */
  @GetMapping("/status/{code}")
  String qr(
      @PathVariable String code,
      @RequestParam(name = "t", required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    sessionless(request, response);
    lookup.take(request);
    LookupRequest asked = new LookupRequest(code, null, token);
    Optional<StatusView> found;
    try {
      lookup.validate(asked);
      found = lookup.find(asked, locale);
    } catch (ConstraintViolationException e) {
      found = Optional.empty();
    }
    return answer(found, response, model);
  }

  private static String answer(
      Optional<StatusView> found, HttpServletResponse response, Model model) {
    if (found.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("notFound", true);
      return "public/status-lookup";
    }
    model.addAttribute("status", found.get());
    return "public/status";
  }

  /** No CSRF token rendered, hence no session started; nothing cached on the way. */
  private static void sessionless(HttpServletRequest request, HttpServletResponse response) {
    request.removeAttribute(CsrfToken.class.getName());
    request.removeAttribute("_csrf");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
