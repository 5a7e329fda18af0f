package vn.motcua.applicant.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.dossier.DossierHistoryEntry;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.StatusLinks;

/**
 * Opens a dossier by the supplement link's code and token: a wrong token is as an unknown code. The
 * request it answers is the dossier's latest supplementation request (its list and reason).
 */
@Component
class SupplementLinks {

  /** What the agency asked for. */
  record Request(List<String> items, String reason) {}

  private final ApplicantDossiers dossiers;
  private final StatusLinks links;
  private final com.fasterxml.jackson.databind.ObjectMapper json;

  SupplementLinks(
      ApplicantDossiers dossiers,
      StatusLinks links,
      com.fasterxml.jackson.databind.ObjectMapper json) {
    this.dossiers = dossiers;
    this.links = links;
    this.json = json;
  }

  /** The dossier if the token is its own. */
  Optional<DossierSummary> open(String code, String token) {
    if (code == null || code.length() > 64 || token == null || token.length() > 64) {
      return Optional.empty();
    }
    return links.verify(code, token) ? dossiers.find(code) : Optional.empty();
  }

  /** The latest supplementation request of the dossier, if any. */
  Optional<Request> request(String code) {
    List<DossierHistoryEntry> history = dossiers.history(code);
    for (int i = history.size() - 1; i >= 0; i--) {
      DossierHistoryEntry entry = history.get(i);
      if ("SUPPLEMENTATION_REQUESTED".equals(entry.kind())) {
        List<String> items = new ArrayList<>();
        try {
          if (entry.detail() != null) {
            json.readTree(entry.detail()).path("items").forEach(n -> items.add(n.asText("")));
          }
        } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
          // the reason alone then
        }
        items.removeIf(String::isBlank);
        return Optional.of(new Request(items, entry.reason()));
      }
    }
    return Optional.empty();
  }
}
