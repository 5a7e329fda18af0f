package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The office hours of a working day: a morning and an afternoon session. The province default is
 * 07:30–11:30 and 13:00–17:00, i.e. a working day of eight hours.
 */
public record OfficeHours(
    LocalTime morningStart,
    LocalTime morningEnd,
    LocalTime afternoonStart,
    LocalTime afternoonEnd) {

  public static final OfficeHours PROVINCE_DEFAULT =
      new OfficeHours(
          LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(17, 0));

  public OfficeHours {
    if (!(morningStart.isBefore(morningEnd)
        && !morningEnd.isAfter(afternoonStart)
        && afternoonStart.isBefore(afternoonEnd))) {
      throw new IllegalArgumentException("office hours must be two ordered sessions");
    }
  }

  /** Working minutes in one day. */
  public long minutesPerDay() {
    return Duration.between(morningStart, morningEnd).toMinutes()
        + Duration.between(afternoonStart, afternoonEnd).toMinutes();
  }

  /** Working minutes of the day that lie before {@code time}. */
  long minutesBefore(LocalTime time) {
    return overlap(morningStart, morningEnd, time) + overlap(afternoonStart, afternoonEnd, time);
  }

  /**
   * The time of day at which {@code minutes} working minutes of the day have elapsed (0 < minutes ≤
   * day).
   */
  LocalTime timeAfter(long minutes) {
    long morning = Duration.between(morningStart, morningEnd).toMinutes();
    return minutes <= morning
        ? morningStart.plusMinutes(minutes)
        : afternoonStart.plusMinutes(minutes - morning);
  }

  private static long overlap(LocalTime start, LocalTime end, LocalTime time) {
    if (!time.isAfter(start)) {
      return 0;
    }
    return Duration.between(start, time.isBefore(end) ? time : end).toMinutes();
  }
}
