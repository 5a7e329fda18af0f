package vn.motcua.dossier.internal;

import java.time.Instant;
import vn.motcua.calendar.WorkingCalendar;

/**
 * How a dossier's due dates move when a holiday announcement changes: each keeps the working time
 * it had left, counted on the calendar before the change, from where the dossier's clock stands
 * (now; the pause's start, or the date's own setting during the pause, while paused). A due date
 * thus moves by exactly the working time the change added or removed between that point and it, and
 * never when the changed days lie outside that span. Time already counted is not counted again: a
 * day made a holiday after it passed moves nothing for a running clock (its rungs have fired as
 * they were due). A date pinned to the legal due date follows the legal due date.
 */
final class CalendarChangeShift {

  private final WorkingCalendar before;
  private final WorkingCalendar after;
  private final Instant now;
  private final Instant pausedAt;
  private final Instant oldLegalDue;
  private final Instant newLegalDue;

  private CalendarChangeShift(
      WorkingCalendar before,
      WorkingCalendar after,
      Instant now,
      Instant pausedAt,
      Instant oldLegalDue) {
    this.before = before;
    this.after = after;
    this.now = now;
    this.pausedAt = pausedAt;
    this.oldLegalDue = oldLegalDue;
    this.newLegalDue =
        oldLegalDue == null ? null : keepRemaining(oldLegalDue, pausedAt == null ? now : pausedAt);
  }

  /**
   * The shift of a dossier on the agency calendar {@code before} and {@code after} the change,
   * paused since {@code pausedAt} (null when its clock runs), legally due at {@code legalDue}.
   */
  static CalendarChangeShift of(
      WorkingCalendar before,
      WorkingCalendar after,
      Instant now,
      Instant pausedAt,
      Instant legalDue) {
    return new CalendarChangeShift(before, after, now, pausedAt, legalDue);
  }

  Instant oldLegalDue() {
    return oldLegalDue;
  }

  Instant newLegalDue() {
    return newLegalDue;
  }

  /**
   * Where a due date counting legal time, set at {@code setAt} (null when unknown), moves to; null
   * stays null.
   */
  Instant move(Instant due, Instant setAt) {
    if (due == null) {
      return null;
    }
    if (due.equals(oldLegalDue)) {
      return newLegalDue;
    }
    Instant frozen =
        pausedAt == null ? now : setAt != null && setAt.isAfter(pausedAt) ? setAt : pausedAt;
    return keepRemaining(due, frozen);
  }

  /** Where a timer that runs on while the clock is paused (outside legal time) moves to. */
  Instant moveRunning(Instant due) {
    return due == null ? null : keepRemaining(due, now);
  }

  private Instant keepRemaining(Instant due, Instant from) {
    if (!due.isAfter(from)) {
      return due;
    }
    long left = before.workingMinutesBetween(from, due);
    if (left == after.workingMinutesBetween(from, due)) {
      return due;
    }
    return after.addWorkingMinutes(from, left);
  }
}
