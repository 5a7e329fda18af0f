package vn.motcua.reception.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Routing;

/**
 * {@code GET /api/reception/routing?procedure=&agency=&commune=}: for the desk's page, where a
 * dossier of the procedure received at the desk would go (Decree 118/2025/NĐ-CP Art. 18, 28): the
 * competence, the province's communes to choose from when it is a commune's procedure, and the
 * resolving agency; for the desk's reception officers only.
 */
@RestController
@Validated
class RoutingController {

  private final Routing routing;

  RoutingController(Routing routing) {
    this.routing = routing;
  }

  @GetMapping("/api/reception/routing")
  Routing.Route route(
      @RequestParam @NotBlank @Size(max = 255) String procedure,
      @RequestParam @NotBlank @Size(max = 64) String agency,
      @RequestParam(required = false) @Size(max = 64) String commune) {
    return routing.atDesk(procedure, agency, commune);
  }
}
