package vn.motcua.dossier.internal;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dossier actions; each answers with the dossier as it now stands. */
@RestController
@RequestMapping("/api/dossiers/{code}")
class DossierActionsController {

  private final DossierActions actions;
  private final DossierQueries queries;

  DossierActionsController(DossierActions actions, DossierQueries queries) {
    this.actions = actions;
    this.queries = queries;
  }

  @PostMapping("/supplementation-request")
  DossierView requestSupplement(
      @PathVariable String code, @Valid @RequestBody ActionRequests.Supplementation request) {
    actions.requestSupplement(code, request);
    return queries.find(code);
  }

  @PostMapping("/supplement")
  DossierView takeSupplement(
      @PathVariable String code,
      @Valid @RequestBody(required = false) ActionRequests.Supplement request) {
    actions.takeSupplement(code, request == null ? new ActionRequests.Supplement(null) : request);
    return queries.find(code);
  }

  @PostMapping("/extension")
  DossierView extend(
      @PathVariable String code, @Valid @RequestBody ActionRequests.Extension request) {
    actions.extend(code, request);
    return queries.find(code);
  }

  @PostMapping("/withdrawal")
  DossierView withdraw(
      @PathVariable String code, @Valid @RequestBody ActionRequests.Withdrawal request) {
    actions.withdraw(code, request);
    return queries.find(code);
  }

  @PostMapping("/return")
  DossierView returnResult(
      @PathVariable String code, @Valid @RequestBody ActionRequests.Return request) {
    actions.returnResult(code, request);
    return queries.find(code);
  }
}
