package vn.motcua.dossierpage.internal;

import java.time.Instant;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Where the dossier stands against the date it must be returned by (the new appointment after an
 * apology, else the legal due date), on the resolving agency's working calendar: the working time
 * left, or how long it is overdue; nothing once the dossier is finished.
 */
record Deadline(boolean finished, boolean overdue, WorkingSpan span) {

  static Deadline of(Instant due, Instant finishedAt, Instant now, WorkingCalendar calendar) {
    if (finishedAt != null || due == null) {
      return new Deadline(true, finishedAt != null && due != null && finishedAt.isAfter(due), null);
    }
    boolean overdue = now.isAfter(due);
    return new Deadline(
        false,
        overdue,
        overdue
            ? WorkingSpan.between(due, now, calendar)
            : WorkingSpan.between(now, due, calendar));
  }
}
