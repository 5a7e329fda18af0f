package vn.motcua.calendar;

import java.time.Instant;
import java.util.List;

/**
 * An administrator set a year's announced days off; the working calendar changed. Published in the
 * transaction that stored the change, so listeners that move deadlines commit or fail with it.
 *
 * @param days the year's announced days as now set
 * @param previousDays the year's announced days before the change (empty when there were none)
 */
public record HolidaysAnnounced(
    int year,
    List<AnnouncedDay> days,
    List<AnnouncedDay> previousDays,
    String changedBy,
    Instant changedAt,
    String reason) {

  /** A key naming this change, the same on every node (year and time of the change). */
  public String changeKey() {
    return year + "@" + changedAt.toEpochMilli();
  }
}
