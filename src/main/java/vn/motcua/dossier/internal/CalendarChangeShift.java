package vn.motcua.dossier.internal;

import java.time.Instant;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;

/**
 * How a dossier's due dates move when a holiday announcement changes: each keeps the working time
 * it had left, counted on the calendar before the change, from where the dossier's clock stands
 * (now; the pause's start, or the date's own setting during the pause, while paused). A due date
 * thus moves by exactly the working time the change added or removed between that point and it, and
 * never when the changed days lie outside that span. Time already counted is not counted again: a
 * day made a holiday after it passed moves nothing for a running clock (its rungs have fired as
 * they were due). A date pinned to the legal due date follows the legal due date.
 *
 * <p>A procedure counted in calendar days ({@code legalCalendarDays}) has a legal due date that is
 * not working time: it is given ({@link #calendarDays}, see {@link CalendarDayDue}) and moves only
 * when its day becomes, or stops being, a day off. Its dossier rungs (soon due, apology) keep the
 * working time they had before the legal due date, and its steps' working-time due dates never move
 * past it ({@code Deadlines.stepDue} caps them there).
 */
final class CalendarChangeShift {

  private final WorkingCalendar before;
  private final WorkingCalendar after;
  private final Instant now;
  private final Instant pausedAt;
  private final Instant oldLegalDue;
  private final Instant newLegalDue;
  private final boolean calendarDays;

  private CalendarChangeShift(
      WorkingCalendar before,
      WorkingCalendar after,
      Instant now,
      Instant pausedAt,
      Instant oldLegalDue,
      Instant calendarDayDue,
      boolean calendarDays) {
    this.before = before;
    this.after = after;
    this.now = now;
    this.pausedAt = pausedAt;
    this.oldLegalDue = oldLegalDue;
    this.calendarDays = calendarDays;
    this.newLegalDue =
        calendarDays
            ? calendarDayDue
            : oldLegalDue == null
                ? null
                : keepRemaining(oldLegalDue, pausedAt == null ? now : pausedAt);
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
    return new CalendarChangeShift(before, after, now, pausedAt, legalDue, null, false);
  }

  /**
   * The shift of a dossier of a procedure counted in calendar days, legally due at {@code legalDue}
   * before the change and at {@code newLegalDue} after it.
   */
  static CalendarChangeShift calendarDays(
      WorkingCalendar before,
      WorkingCalendar after,
      Instant now,
      Instant pausedAt,
      Instant legalDue,
      Instant newLegalDue) {
    return new CalendarChangeShift(before, after, now, pausedAt, legalDue, newLegalDue, true);
  }

  /** The office hours the dates are counted in. */
  OfficeHours officeHours() {
    return after.officeHours();
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
    Instant moved = keepRemaining(due, frozen(setAt));
    return calendarDays && isCapped(due) && moved.isAfter(newLegalDue) ? newLegalDue : moved;
  }

  /**
   * Where a dossier rung (a date reckoned back from the legal due date: soon due, apology), set at
   * {@code setAt}, moves to: like {@link #move} for working days; for calendar days it keeps the
   * working time it had before the legal due date, reckoned as the rung was (working minutes from
   * where the clock stands).
   */
  Instant moveRung(Instant due, Instant setAt) {
    if (!calendarDays || due == null || due.equals(oldLegalDue) || oldLegalDue == null) {
      return move(due, setAt);
    }
    Instant from = frozen(setAt);
    if (!due.isAfter(from) || due.isAfter(oldLegalDue)) {
      return move(due, setAt);
    }
    long beforeDue = before.workingMinutesBetween(due, oldLegalDue);
    if (beforeDue == after.workingMinutesBetween(due, newLegalDue)) {
      return due;
    }
    long left = Math.max(0, after.workingMinutesBetween(from, newLegalDue) - beforeDue);
    return after.addWorkingMinutes(from, left);
  }

  private boolean isCapped(Instant due) {
    return oldLegalDue != null && newLegalDue != null && !due.isAfter(oldLegalDue);
  }

  /** Where the dossier's clock stands for a date set at {@code setAt}. */
  private Instant frozen(Instant setAt) {
    return pausedAt == null ? now : setAt != null && setAt.isAfter(pausedAt) ? setAt : pausedAt;
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
