package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.Procedure;
import vn.motcua.deadline.LegalClock;

/**
 * Where the legal due date of a procedure counted in calendar days ({@code legalCalendarDays})
 * moves when a holiday announcement changes. Calendar days are not working time: a day off added
 * inside the period does not lengthen it. Only the last day matters: when the period's last day is
 * a day off, the period ends at the end of the next working day (Civil Code 2015, Art. 148(5); the
 * project's rule in {@link LegalClock}, which ends the period when the office closes that day). So
 * the due date moves only when its day becomes, or stops being, a day off.
 *
 * <p>While the due date is still the one the rule gives from the receipt (no pause shifted it, no
 * extension replaced it), it is reckoned again from the receipt on the new calendar: this also
 * brings it back to the period's last day when that day stops being a day off. Otherwise the
 * period's last day is no longer known and the due day stands for it: the date moves to the next
 * working day, at the same time of day, only when that day becomes a day off. A due date already
 * passed does not move.
 */
final class CalendarDayDue {

  private CalendarDayDue() {}

  static Instant after(
      Procedure procedure,
      Instant receivedAt,
      Instant due,
      Instant now,
      WorkingCalendar before,
      WorkingCalendar after) {
    if (due == null || !due.isAfter(now)) {
      return due;
    }
    if (receivedAt != null && due.equals(new LegalClock(before).dueAt(procedure, receivedAt))) {
      Instant again = new LegalClock(after).dueAt(procedure, receivedAt);
      return again.isAfter(now) ? again : due;
    }
    LocalDate day = after.dateOf(due);
    if (after.isWorkingDay(day)) {
      return due;
    }
    return due.atZone(after.zone()).with(after.workingDayOnOrAfter(day)).toInstant();
  }
}
