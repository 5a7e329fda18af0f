package vn.motcua.attachment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** A stored document's metadata; {@code sha256} is the lower-case hex digest of its bytes. */
public record Attachment(
    UUID id,
    String dossierCode,
    String kind,
    String kindName,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    boolean digitisedOriginal) {

  /** Where the document's bytes are read (also in the JSON as {@code href}). */
  @JsonProperty("href")
  public String href() {
    return "/api/dossiers/" + dossierCode + "/documents/" + id;
  }
}
