package vn.motcua.submission.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Routing;
import vn.motcua.web.PublicLimits;

/**
 * {@code GET /api/public/routing?procedure=&agency=&commune=}: for the online submission page,
 * where a dossier of the procedure filed at that desk would go (Decree 118/2025/NĐ-CP Art. 18, 28):
 * the competence, the province's communes to choose from for a commune's procedure, and the
 * resolving agency. Public facts only (the catalogue and the organisation), rate-limited per client
 * ({@code routing}).
 */
@RestController
@Validated
class RoutingApi {

  private final Routing routing;
  private final PublicLimits limits;

  RoutingApi(Routing routing, PublicLimits limits) {
    this.routing = routing;
    this.limits = limits;
  }

  @GetMapping("/api/public/routing")
  Routing.Route route(
      @RequestParam @NotBlank @Size(max = 255) String procedure,
      @RequestParam @NotBlank @Size(max = 64) String agency,
      @RequestParam(required = false) @Size(max = 64) String commune,
      HttpServletRequest request) {
    limits.take("routing", request);
    return routing.of(procedure, agency, commune);
  }
}
