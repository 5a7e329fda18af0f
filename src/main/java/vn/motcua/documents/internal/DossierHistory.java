package vn.motcua.documents.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.dossier.DossierHistoryEntry;

/**
 * What the papers read from the dossier's own history (the dossier actions): the latest entry of a
 * kind and the JSON detail written with it.
 */
@Component
class DossierHistory {

  static final String SUPPLEMENTATION_REQUESTED = "SUPPLEMENTATION_REQUESTED";
  static final String EXTENDED = "EXTENDED";
  static final String WITHDRAWN = "WITHDRAWN";

  // the paper's entry points ({@link PaperRegistry}) decided who may read the dossier: an official
  // under the access rule of Dossiers#find, or the applicant's own notice ({@link
  // ApplicantPaperFiles})
  private final ApplicantDossiers dossiers;
  private final ObjectMapper json;

  DossierHistory(ApplicantDossiers dossiers, ObjectMapper json) {
    this.dossiers = dossiers;
    this.json = json;
  }

  /** The dossier's last entry of this kind (the history is oldest first). */
  Optional<DossierHistoryEntry> latest(String code, String kind) {
    List<DossierHistoryEntry> entries = dossiers.history(code);
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (kind.equals(entries.get(i).kind())) {
        return Optional.of(entries.get(i));
      }
    }
    return Optional.empty();
  }

  /** The entry's detail as a JSON tree; a missing node when it has none. */
  JsonNode detail(DossierHistoryEntry entry) {
    if (entry.detail() == null || entry.detail().isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return json.readTree(entry.detail());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable detail of a " + entry.kind() + " entry", e);
    }
  }

  /** The texts of the detail's array {@code field}, blanks left out. */
  List<String> texts(DossierHistoryEntry entry, String field) {
    List<String> texts = new ArrayList<>();
    for (JsonNode item : detail(entry).path(field)) {
      String text = item.asText("").strip();
      if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** The detail's ISO instant {@code field}, or null when absent or unreadable. */
  Instant instant(DossierHistoryEntry entry, String field) {
    String text = detail(entry).path(field).asText("");
    try {
      return text.isEmpty() ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
