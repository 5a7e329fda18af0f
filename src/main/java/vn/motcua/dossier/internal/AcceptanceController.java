package vn.motcua.dossier.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dossiers/{code}/acceptance}: the receiving desk accepts an online submission
 * (the legal clock starts), returns it for completion (form 02, {@code items}) or refuses it (form
 * 03); answers with the dossier as it now stands.
 */
@RestController
class AcceptanceController {

  /** The desk's decision on an online submission. */
  record AcceptanceRequest(
      @NotNull Decision decision,
      @Size(max = 1000) String reason,
      @Size(max = 50) List<@NotBlank @Size(max = 500) String> items) {

    enum Decision {
      ACCEPT,
      REQUEST_COMPLETION,
      REFUSE
    }
  }

  private final AcceptanceDecisions decisions;
  private final DossierQueries queries;

  AcceptanceController(AcceptanceDecisions decisions, DossierQueries queries) {
    this.decisions = decisions;
    this.queries = queries;
  }

  @PostMapping("/api/dossiers/{code}/acceptance")
  DossierView decide(@PathVariable String code, @Valid @RequestBody AcceptanceRequest request) {
    decisions.decide(code, request);
    return queries.find(code);
  }
}
