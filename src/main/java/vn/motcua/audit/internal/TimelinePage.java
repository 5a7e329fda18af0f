package vn.motcua.audit.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.security.CurrentOfficial;

/**
 * A dossier's timeline ({@code /dossiers/{code}/timeline}): its audit entries in order, who acted
 * (on whose behalf), what, the state before and after, the reason; whether its entries and their
 * links in the chain are intact; a link to the official control sheet (form 06). Vietnamese, or
 * English with {@code ?lang=en}. An official who may not read the dossier is told so (403).
 */
@Controller
class TimelinePage {

  private final AuditAccess access;
  private final AuditLog log;
  private final ChainVerifier verifier;
  private final TreeSealer sealer;
  private final TimelineRows rows;
  private final CurrentOfficial official;
  private final Clock clock;

  TimelinePage(
      AuditAccess access,
      AuditLog log,
      ChainVerifier verifier,
      TreeSealer sealer,
      TimelineRows rows,
      CurrentOfficial official,
      Clock clock) {
    this.access = access;
    this.log = log;
    this.verifier = verifier;
    this.sealer = sealer;
    this.rows = rows;
    this.official = official;
    this.clock = clock;
  }

  @GetMapping("/dossiers/{code}/timeline")
  String timeline(
      @PathVariable String code, Model model, Locale locale, HttpServletResponse response) {
    model.addAttribute("user", official.id());
    model.addAttribute("code", code);
    DossierSummary dossier;
    try {
      dossier = access.dossier(code);
    } catch (AccessDeniedException e) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("refused", "forbidden");
      return "timeline";
    } catch (ErrorResponseException e) {
      response.setStatus(e.getStatusCode().value());
      model.addAttribute("refused", "not-found");
      return "timeline";
    }
    List<AuditEntry> entries = log.ofDossier(code);
    if (entries.stream().anyMatch(e -> !e.sealed())) {
      // what the sequencer has not reached yet is sealed now, so that the page verifies it all
      sealer.seal();
      entries = log.ofDossier(code);
    }
    model.addAttribute("dossier", dossier);
    model.addAttribute(
        "rows", rows.of(entries, dossier.procedureDefinitionId(), clock.getZone(), locale));
    model.addAttribute("verdict", verifier.verify(entries));
    return "timeline";
  }
}
