package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Timeliness of a returned dossier against its legal due date (moved only by pauses, never by an
 * extension): before the appointment day, on it, or after the due instant.
 */
public enum Timeliness {
  EARLY,
  ON_TIME,
  LATE;

  public static Timeliness of(Instant finishedAt, Instant legalDueAt, ZoneId zone) {
    if (finishedAt.isAfter(legalDueAt)) {
      return LATE;
    }
    return finishedAt.atZone(zone).toLocalDate().isBefore(legalDueAt.atZone(zone).toLocalDate())
        ? EARLY
        : ON_TIME;
  }
}
