package vn.motcua.dossier.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.StatusLinks;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * {@code GET /status/{code}?t=}: the public status page the receipt's QR code opens, without
 * signing in. It shows the procedure, the status in words, when the dossier was received, the
 * appointment and the agency; nothing about the applicant. A wrong token answers exactly as an
 * unknown code does (404), so codes cannot be probed.
 */
@Controller
class PublicStatusPage {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  /** What the page shows. */
  record Status(
      String code,
      String procedure,
      String status,
      String agency,
      String receivedAt,
      String dueAt,
      boolean extended) {}

  private final DossierRepository dossiers;
  private final StatusLinks links;
  private final ProcedureCatalogue catalogue;
  private final Agencies agencies;
  private final Clock clock;

  PublicStatusPage(
      DossierRepository dossiers,
      StatusLinks links,
      ProcedureCatalogue catalogue,
      Agencies agencies,
      Clock clock) {
    this.dossiers = dossiers;
    this.links = links;
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.clock = clock;
  }

  @GetMapping("/status/{code}")
  @Transactional(readOnly = true)
  String status(
      @PathVariable String code,
      @RequestParam(name = "t", required = false) String token,
      Model model,
      HttpServletResponse response) {
    Optional<Dossier> found =
        code.length() <= 64 && token != null && token.length() <= 64 && links.verify(code, token)
            ? dossiers.find(code)
            : Optional.empty();
    if (found.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "status-not-found";
    }
    Dossier d = found.get();
    Instant due = d.extendedDueAt() != null ? d.extendedDueAt() : d.dueAt();
    model.addAttribute(
        "dossier",
        new Status(
            d.code(),
            catalogue.ofDefinition(d.procedureDefinitionId()).name(),
            d.status().name(),
            agencies.find(d.receivingAgency()).map(Agency::name).orElse(d.receivingAgency()),
            time(d.receivedAt()),
            d.status().isFinal() ? null : time(due),
            d.extendedDueAt() != null));
    return "status";
  }

  private String time(Instant instant) {
    return instant == null ? null : TIME.format(instant.atZone(clock.getZone()));
  }
}
