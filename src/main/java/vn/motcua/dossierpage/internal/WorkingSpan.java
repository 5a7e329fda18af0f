package vn.motcua.dossierpage.internal;

import java.time.Instant;
import vn.motcua.calendar.WorkingCalendar;

/**
 * A span of working time as a person reads it: whole working days of the agency's office hours,
 * then hours and minutes.
 */
record WorkingSpan(long days, long hours, long minutes) {

  static WorkingSpan of(long workingMinutes, WorkingCalendar calendar) {
    long perDay = Math.max(1, calendar.officeHours().minutesPerDay());
    long rest = workingMinutes % perDay;
    return new WorkingSpan(workingMinutes / perDay, rest / 60, rest % 60);
  }

  /** The working time from {@code from} to {@code to} (zero when {@code to} is not later). */
  static WorkingSpan between(Instant from, Instant to, WorkingCalendar calendar) {
    return of(to.isAfter(from) ? calendar.workingMinutesBetween(from, to) : 0, calendar);
  }

  public boolean isZero() {
    return days == 0 && hours == 0 && minutes == 0;
  }
}
