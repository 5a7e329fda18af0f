package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working-time arithmetic: working days, office hours and a time zone. Pure and immutable; the only
 * place where deadlines are counted.
 *
 * <p>Working days are Monday to Friday minus the days the {@code dayOff} rule names (statutory
 * holidays and yearly announcements plug in there).
 */
public final class WorkingCalendar {

  private final ZoneId zone;
  private final OfficeHours hours;
  private final WorkingDays workingDays;

  public WorkingCalendar(ZoneId zone, OfficeHours hours, WorkingDays workingDays) {
    this.zone = zone;
    this.hours = hours;
    this.workingDays = workingDays;
  }

  public ZoneId zone() {
    return zone;
  }

  public OfficeHours officeHours() {
    return hours;
  }

  /** The same calendar (zone, working days) with another agency's office hours. */
  public WorkingCalendar withOfficeHours(OfficeHours officeHours) {
    return officeHours.equals(hours) ? this : new WorkingCalendar(zone, officeHours, workingDays);
  }

  /** The same calendar (zone, office hours) with other working days, e.g. before a change. */
  public WorkingCalendar withWorkingDays(WorkingDays days) {
    return new WorkingCalendar(zone, hours, days);
  }

  public boolean isWorkingDay(LocalDate day) {
    return workingDays.isWorkingDay(day);
  }

  /** Whether the office is open at {@code instant}. */
  public boolean isWorkingInstant(Instant instant) {
    return nextOpening(instant).equals(instant);
  }

  /** The first working day strictly after {@code day}. */
  public LocalDate nextWorkingDay(LocalDate day) {
    return nextWorkingDay(workingDays.snapshot(), day);
  }

  private static LocalDate nextWorkingDay(WorkingDays days, LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!days.isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** {@code day} itself when it is a working day, else the next working day. */
  public LocalDate workingDayOnOrAfter(LocalDate day) {
    WorkingDays days = workingDays.snapshot();
    return days.isWorkingDay(day) ? day : nextWorkingDay(days, day);
  }

  /** The working day {@code n} working days after {@code day} (n ≥ 0; 0 gives {@code day}). */
  public LocalDate addWorkingDays(LocalDate day, int n) {
    WorkingDays days = workingDays.snapshot();
    LocalDate result = day;
    for (int i = 0; i < n; i++) {
      result = nextWorkingDay(days, result);
    }
    return result;
  }

  /** The instant the office closes on {@code day}. */
  public Instant closeOf(LocalDate day) {
    return day.atTime(hours.afternoonEnd()).atZone(zone).toInstant();
  }

  /** {@code instant} if the office is open then, else the next moment it opens. */
  public Instant nextOpening(Instant instant) {
    return nextOpening(workingDays.snapshot(), instant);
  }

  private Instant nextOpening(WorkingDays days, Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalDate day = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    if (days.isWorkingDay(day)) {
      if (time.isBefore(hours.morningStart())) {
        return at(day, hours.morningStart());
      }
      if (time.isBefore(hours.morningEnd())) {
        return instant;
      }
      if (time.isBefore(hours.afternoonStart())) {
        return at(day, hours.afternoonStart());
      }
      if (time.isBefore(hours.afternoonEnd())) {
        return instant;
      }
    }
    return at(nextWorkingDay(days, day), hours.morningStart());
  }

  /** The instant at which {@code minutes} working minutes have elapsed after {@code start}. */
  public Instant addWorkingMinutes(Instant start, long minutes) {
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes must not be negative");
    }
    WorkingDays days = workingDays.snapshot();
    Instant opening = nextOpening(days, start);
    if (minutes == 0) {
      return opening;
    }
    ZonedDateTime local = opening.atZone(zone);
    LocalDate day = local.toLocalDate();
    long used = hours.minutesBefore(local.toLocalTime());
    long remaining = minutes;
    long perDay = hours.minutesPerDay();
    while (remaining > perDay - used) {
      remaining -= perDay - used;
      day = nextWorkingDay(days, day);
      used = 0;
    }
    return at(day, hours.timeAfter(used + remaining));
  }

  /** {@code days} working days of office time after {@code start} (days ≥ 0). */
  public Instant addWorkingDays(Instant start, long days) {
    return addWorkingMinutes(start, days * hours.minutesPerDay());
  }

  /** {@code duration} of working time after {@code start}: minutes of office time. */
  public Instant addWorkingTime(Instant start, Duration duration) {
    return addWorkingMinutes(start, duration.toMinutes());
  }

  /**
   * The working minutes between two instants: office time inside [from, to); negative when {@code
   * to} is before {@code from}.
   */
  public long workingMinutesBetween(Instant from, Instant to) {
    if (to.isBefore(from)) {
      return -workingMinutesBetween(to, from);
    }
    ZonedDateTime start = from.atZone(zone);
    ZonedDateTime end = to.atZone(zone);
    LocalDate first = start.toLocalDate();
    LocalDate last = end.toLocalDate();
    long perDay = hours.minutesPerDay();
    WorkingDays days = workingDays.snapshot();
    LocalDate day = first;
    long minutes = 0;
    while (!day.isAfter(last)) {
      if (days.isWorkingDay(day)) {
        long upTo = day.equals(last) ? hours.minutesBefore(end.toLocalTime()) : perDay;
        long before = day.equals(first) ? hours.minutesBefore(start.toLocalTime()) : 0;
        minutes += upTo - before;
      }
      day = day.plusDays(1);
    }
    return minutes;
  }

  /** The local calendar date of {@code instant}. */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  private Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(zone).toInstant();
  }
}
