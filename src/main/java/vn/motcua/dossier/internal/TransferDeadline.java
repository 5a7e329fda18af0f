package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.motcua.calendar.WorkingCalendar;

/**
 * When the receiving desk must have handed a paper dossier over to the resolving agency (Decree
 * 118/2025/NĐ-CP Art. 18(2), Art. 20): the electronic data at once; the paper the same working day,
 * or, when received after 15:00 (or outside a working day), by the end of the next working morning.
 *
 * <p>Art. 20 allows up to one working day where the resolving agency sits at another level or
 * place; we keep the stricter same-day rule for every transfer (it always meets the one working
 * day), and read "the next working day" as its morning session: an assumption to confirm.
 */
final class TransferDeadline {

  static final LocalTime CUTOFF = LocalTime.of(15, 0);

  private TransferDeadline() {}

  /** The instant by which the paper dossier received at {@code receivedAt} must be transferred. */
  static Instant paperDue(WorkingCalendar calendar, Instant receivedAt) {
    LocalDate day = calendar.dateOf(receivedAt);
    LocalTime time = receivedAt.atZone(calendar.zone()).toLocalTime();
    if (calendar.isWorkingDay(day) && time.isBefore(CUTOFF)) {
      return calendar.closeOf(day);
    }
    LocalDate next = calendar.nextWorkingDay(day);
    return next.atTime(calendar.officeHours().morningEnd()).atZone(calendar.zone()).toInstant();
  }
}
