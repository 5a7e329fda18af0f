package vn.motcua.documents.internal;

import java.time.Instant;

/**
 * Whether a step (or a dossier, in the log) kept its due date, as the papers print it; reports use
 * {@link vn.motcua.dossier.Timeliness} against the legal due date.
 */
enum StepTimeliness {
  ON_TIME("Đúng hạn"),
  LATE("Trễ hạn"),
  IN_PROGRESS("Đang xử lý"),
  NO_DUE_DATE("");

  private final String label;

  StepTimeliness(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /**
   * On time when finished no later than due; late when finished after it, or still open and past
   * it.
   *
   * @param end when the work finished, null while it is open
   */
  static StepTimeliness of(Instant end, Instant due, Instant now) {
    if (due == null) {
      return NO_DUE_DATE;
    }
    if (end != null) {
      return end.isAfter(due) ? LATE : ON_TIME;
    }
    return now.isAfter(due) ? LATE : IN_PROGRESS;
  }
}
