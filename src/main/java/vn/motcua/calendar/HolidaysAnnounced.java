package vn.motcua.calendar;

import java.time.Instant;
import java.util.List;

/**
 * An administrator set a year's announced days off; the working calendar changed. Published in the
 * transaction that stored the change, so listeners that move deadlines commit or fail with it.
 *
 * @param changeId the change's entry in the log of changes ({@code holiday_announcement_change})
 * @param days the year's announced days as now set
 * @param previousDays the year's announced days before the change (empty when there were none)
 */
public record HolidaysAnnounced(
    long changeId,
    int year,
    List<AnnouncedDay> days,
    List<AnnouncedDay> previousDays,
    String changedBy,
    Instant changedAt,
    String reason) {}
