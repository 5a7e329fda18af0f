package vn.motcua.dossierpage.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import vn.motcua.attachment.Attachment;

/** One scanned document of the dossier as the page lists it, with its view and download links. */
record DocumentRow(
    String fileName,
    String kind,
    String kindName,
    String mediaType,
    String size,
    String sha256,
    String uploadedBy,
    ZonedDateTime uploadedAt,
    boolean digitisedOriginal,
    String view,
    String download) {

  static DocumentRow of(Attachment a, People people, ZoneId zone, Locale locale) {
    return new DocumentRow(
        a.fileName(),
        a.kind(),
        a.kindName(),
        a.mediaType(),
        size(a.size(), locale),
        a.sha256(),
        people.official(a.uploadedBy()),
        a.uploadedAt() == null ? null : a.uploadedAt().atZone(zone),
        a.digitisedOriginal(),
        a.href(),
        a.href() + "?download=1");
  }

  /** The first 12 hex digits of the SHA-256, enough to tell documents apart on screen. */
  public String shortSha() {
    return sha256 == null || sha256.length() < 12 ? sha256 : sha256.substring(0, 12);
  }

  /** Bytes, kB or MB with one decimal in the reader's notation. */
  static String size(long bytes, Locale locale) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(locale, "%.1f kB", bytes / 1024.0);
    }
    return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
