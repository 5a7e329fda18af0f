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

  /** Parses {@code "07:30-11:30,13:00-17:00"} (morning session, afternoon session). */
  public static OfficeHours parse(String text) {
    String[] sessions = text.strip().split("\\s*,\\s*");
    if (sessions.length != 2) {
      throw new IllegalArgumentException("office hours need two sessions: " + text);
    }
    String[] morning = sessions[0].split("\\s*-\\s*");
    String[] afternoon = sessions[1].split("\\s*-\\s*");
    if (morning.length != 2 || afternoon.length != 2) {
      throw new IllegalArgumentException("a session is start-end: " + text);
    }
    try {
      return new OfficeHours(
          LocalTime.parse(morning[0]),
          LocalTime.parse(morning[1]),
          LocalTime.parse(afternoon[0]),
          LocalTime.parse(afternoon[1]));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("office hours are HH:mm-HH:mm,HH:mm-HH:mm: " + text, e);
    }
  }

  /** The form {@link #parse} reads. */
  @Override
  public String toString() {
    return morningStart + "-" + morningEnd + "," + afternoonStart + "-" + afternoonEnd;
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
