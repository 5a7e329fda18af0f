package vn.motcua.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.LegalTimeVariant;
import vn.motcua.catalogue.Procedure;

/**
 * When a dossier is legally due. The clock starts at the first working instant at or after receipt.
 * A same-day procedure (0 working days) is due when the office closes that day, or the next working
 * day when received after the procedure's cut-off (15:00 by default). Otherwise the due instant
 * lies the legal number of working days of office time after the start. One per agency calendar:
 * see {@link AgencyCalendars#legalClockOf}.
 */
public class LegalClock {

  private final WorkingCalendar calendar;

  public LegalClock(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  public Instant dueAt(Procedure procedure, Instant receivedAt) {
    if (procedure.legalCalendarDays().isPresent()) {
      return dueAfterCalendarDays(procedure.legalCalendarDays().getAsInt(), receivedAt);
    }
    if (procedure.legalWorkingHours().isPresent()) {
      return afterWorkingHours(procedure.legalWorkingHours().getAsInt(), receivedAt);
    }
    return dueAt(procedure.legalWorkingDays(), procedure.sameDayCutoff(), receivedAt);
  }

  /**
   * When a dossier following the legal time variant {@code variantCode} ({@code
   * legalTimeVariant.<CODE>}) is due; the procedure's usual legal time when the code is null or
   * blank. Clock hours count from the instant of receipt, nights and days off included (Law on
   * Judicial Records 2009 Art. 48: "24 giờ, kể từ thời điểm nhận được yêu cầu").
   *
   * @throws IllegalArgumentException when the procedure declares no such variant
   */
  public Instant dueAt(Procedure procedure, Instant receivedAt, String variantCode) {
    if (variantCode == null || variantCode.isBlank()) {
      return dueAt(procedure, receivedAt);
    }
    LegalTimeVariant variant =
        procedure
            .legalTimeVariant(variantCode)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "procedure %s declares no legal time variant '%s'"
                            .formatted(procedure.key(), variantCode)));
    int amount = variant.amount();
    return switch (variant.unit()) {
      case WORKING_DAYS -> dueAt(amount, procedure.sameDayCutoff(), receivedAt);
      case WORKING_HOURS -> afterWorkingHours(amount, receivedAt);
      case CALENDAR_DAYS -> dueAfterCalendarDays(amount, receivedAt);
      case CLOCK_HOURS -> receivedAt.plus(Duration.ofHours(amount));
    };
  }

  private Instant afterWorkingHours(int hours, Instant receivedAt) {
    return calendar.addWorkingMinutes(calendar.nextOpening(receivedAt), hours * 60L);
  }

  /**
   * Calendar days from the day the clock starts; due when the office closes that day, or on the
   * next working day when that day is not one.
   */
  Instant dueAfterCalendarDays(int days, Instant receivedAt) {
    LocalDate start = calendar.dateOf(calendar.nextOpening(receivedAt));
    return calendar.closeOf(calendar.workingDayOnOrAfter(start.plusDays(days)));
  }

  Instant dueAt(int legalWorkingDays, LocalTime sameDayCutoff, Instant receivedAt) {
    Instant start = calendar.nextOpening(receivedAt);
    if (legalWorkingDays > 0) {
      return calendar.addWorkingMinutes(
          start, legalWorkingDays * calendar.officeHours().minutesPerDay());
    }
    LocalDate day = calendar.dateOf(start);
    LocalTime startTime = start.atZone(calendar.zone()).toLocalTime();
    return calendar.closeOf(startTime.isAfter(sameDayCutoff) ? calendar.nextWorkingDay(day) : day);
  }

  /**
   * The instant a step with {@code budget} started at {@code start} is due. Whole days of the
   * ISO-8601 budget count as working days, hours and minutes as working hours and minutes.
   */
  public Instant stepDue(Instant start, Duration budget) {
    return calendar.addWorkingMinutes(start, workingMinutes(budget));
  }

  /** The working minutes of a step's budget in this calendar (whole days as working days). */
  public long workingMinutes(Duration budget) {
    return budget.toDaysPart() * calendar.officeHours().minutesPerDay()
        + budget.toHoursPart() * 60L
        + budget.toMinutesPart();
  }
}
