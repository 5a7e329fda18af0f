package vn.motcua.reporting.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The counters of {@code report_day}: what the dossiers that finished add to the local day they
 * were received, the day they finished, or the day they were due. "Passed" ones finished after
 * their legal due date; "unpassed" ones on or before it. With these, the statistics table's figures
 * for any period are sums of day rows (see {@link FinishedDossier}).
 */
enum DayColumn {
  /** By the day received: taken up online. */
  RECEIVED_ONLINE,
  /** By the day received: taken up at the desk or by post. */
  RECEIVED_DIRECT,
  /** By the day finished: every one taken up (all but refused). */
  FINISHED,
  EARLY,
  ON_TIME,
  LATE,
  WITHDRAWN,
  CLOSED,
  REFUSED,
  /** By the day finished: resolved late with an apology letter. */
  APOLOGISED_LATE,
  /** By the day finished: finished after the due date. */
  PASSED_DUE,
  /** By the day finished: finished after the due date, with an apology letter. */
  PASSED_EXTENDED,
  /** By the day due: every one taken up. */
  DUE,
  /** By the day due: with an apology letter. */
  DUE_EXTENDED,
  /** By the day due: finished on or before the due date. */
  UNPASSED_DUE,
  /** By the day due: finished on or before the due date, with an apology letter. */
  UNPASSED_EXTENDED,
  /**
   * By the day received: taken up at the desk or by post, with a document kept as a digitised
   * original when it finished (the service index's "documents received digitised").
   */
  RECEIVED_DIGITISED,
  /** By the day finished: resolved, its result digitised on return ("Đã số hóa kết quả"). */
  RESULT_DIGITISED;

  static final int COUNT = values().length;

  String column() {
    return name().toLowerCase();
  }

  /** The columns in order, joined by {@code separator} after formatting each with {@code each}. */
  static String join(String each, String separator) {
    return Arrays.stream(values())
        .map(c -> each.replace("%c", c.column()))
        .collect(Collectors.joining(separator));
  }
}
