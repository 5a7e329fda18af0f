package vn.motcua.tracking.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/public/status} {@code {code, idDigits?, token?}}: the public status of a dossier
 * as JSON ({@link StatusView}), or the one 404 problem for every failed lookup; 429 past the
 * client's limit.
 */
@RestController
class StatusApi {

  private final StatusLookup lookup;

  StatusApi(StatusLookup lookup) {
    this.lookup = lookup;
  }

  @PostMapping("/api/public/status")
  ResponseEntity<StatusView> status(
      @RequestBody LookupRequest body, HttpServletRequest request, Locale locale) {
    lookup.take(request);
    lookup.validate(body);
    return lookup
        .find(body, locale)
        .map(view -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view))
        .orElseThrow(StatusNotFound::new);
  }
}
