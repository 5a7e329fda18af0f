package vn.motcua.dossier.internal;

import java.time.Instant;
import vn.motcua.calendar.WorkingCalendar;

/**
 * How due dates move when a paused legal clock resumes: by the working time that elapsed while
 * paused, so the working time left before each deadline is what it was when the clock stopped. A
 * date set during the pause moves only by the paused time after it was set; a date pinned to the
 * legal due date follows the legal due date.
 */
final class ClockShift {

  private final WorkingCalendar calendar;
  private final Instant pausedAt;
  private final Instant resumedAt;
  private final Instant oldLegalDue;
  private final long minutes;
  private final Instant newLegalDue;

  private ClockShift(
      WorkingCalendar calendar, Instant pausedAt, Instant resumedAt, Instant oldLegalDue) {
    this.calendar = calendar;
    this.pausedAt = pausedAt;
    this.resumedAt = resumedAt;
    this.oldLegalDue = oldLegalDue;
    this.minutes = pausedMinutesSince(pausedAt);
    this.newLegalDue = later(oldLegalDue, minutes);
  }

  /** The shift for a clock paused at {@code pausedAt}, resumed at {@code resumedAt}. */
  static ClockShift of(
      WorkingCalendar calendar, Instant pausedAt, Instant resumedAt, Instant legalDue) {
    return new ClockShift(calendar, pausedAt, resumedAt, legalDue);
  }

  /** The working minutes that elapsed while paused (never negative). */
  long minutes() {
    return minutes;
  }

  Instant newLegalDue() {
    return newLegalDue;
  }

  /**
   * Where a due date set at {@code setAt} (null when unknown: before the pause) moves to; null
   * stays null.
   */
  Instant move(Instant due, Instant setAt) {
    if (due == null) {
      return null;
    }
    if (due.equals(oldLegalDue)) {
      return newLegalDue;
    }
    Instant since = setAt != null && setAt.isAfter(pausedAt) ? setAt : pausedAt;
    return later(due, pausedMinutesSince(since));
  }

  private long pausedMinutesSince(Instant since) {
    return Math.max(0, calendar.workingMinutesBetween(calendar.nextOpening(since), resumedAt));
  }

  /**
   * {@code due} plus working minutes. A due date at closing time lands on the closing time of the
   * later day, because the calendar counts from the next opening and ends at a session's end.
   */
  private Instant later(Instant due, long workingMinutes) {
    return workingMinutes == 0 ? due : calendar.addWorkingMinutes(due, workingMinutes);
  }
}
