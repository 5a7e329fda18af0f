package vn.motcua.dossier.internal;

import java.time.Instant;

/**
 * One stop of a dossier's legal clock, as stored in {@code dossier_clock_pause}; open while {@code
 * resumedAt} is null.
 */
record ClockPause(
    long id,
    String dossierCode,
    Instant pausedAt,
    Instant resumedAt,
    String reasonCode,
    String reason,
    String pausedBy,
    String resumedBy,
    Long shiftWorkingMinutes) {

  boolean isOpen() {
    return resumedAt == null;
  }
}
