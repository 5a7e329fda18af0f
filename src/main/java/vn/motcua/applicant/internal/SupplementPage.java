package vn.motcua.applicant.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.web.PublicLimits;

/**
 * {@code GET /public/supplement/{code}?t=}: the page the supplementation notice links to. While the
 * dossier awaits the supplement it shows what the agency asked for and a form to send the scans
 * ({@code /js/public/supplement.js} posts them to the API); otherwise it says the dossier does not
 * await one (409). A wrong token answers as an unknown code (404); nothing of the applicant is
 * shown.
 */
@Controller
class SupplementPage {

  private final SupplementLinks links;
  private final ProcedureCatalogue catalogue;
  private final PublicLimits limits;

  SupplementPage(SupplementLinks links, ProcedureCatalogue catalogue, PublicLimits limits) {
    this.links = links;
    this.catalogue = catalogue;
    this.limits = limits;
  }

  @GetMapping("/public/supplement/{code}")
  String page(
      @PathVariable String code,
      @RequestParam(name = "t", required = false) String token,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    limits.take(SupplementController.LIMIT, request);
    Optional<DossierSummary> found = links.open(code, token);
    if (found.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("found", false);
      return "public-supplement";
    }
    DossierSummary d = found.get();
    boolean awaiting = d.status() == DossierStatus.AWAITING_SUPPLEMENT;
    if (!awaiting) {
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    model.addAttribute("found", true);
    model.addAttribute("awaiting", awaiting);
    model.addAttribute("code", d.code());
    model.addAttribute("token", token);
    model.addAttribute("status", d.status().name());
    model.addAttribute("procedure", procedure(d));
    model.addAttribute("request", links.request(d.code()).orElse(null));
    model.addAttribute("maxFiles", OnlineSupplement.MAX_FILES);
    return "public-supplement";
  }

  private String procedure(DossierSummary d) {
    try {
      return catalogue.ofDefinition(d.procedureDefinitionId()).name();
    } catch (RuntimeException gone) {
      return d.procedureKey();
    }
  }
}
