package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDays;

/**
 * Which timers a changed announcement moves by working time ({@link TimerTime}), and where a
 * calendar-day due date whose period's last day is no longer known goes ({@link CalendarDayDue}):
 * November 2026, Monday to Friday, 07:30–11:30, 13:00–17:00.
 */
class TimerTimeUnitTests {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final OfficeHours HOURS = OfficeHours.PROVINCE_DEFAULT;
  private final WorkingCalendar weekdays =
      new WorkingCalendar(VIETNAM, HOURS, WorkingDays.weekdays());

  @Test
  void durationsTheWorkingTimeCalendarResolvesAndTheDeadlineBeansCountWorkingTime() {
    assertThat(TimerTime.of("Timer_Wait", "DURATION: P2D", HOURS)).isEqualTo(TimerTime.WORKING);
    assertThat(TimerTime.of("Timer_Wait", "DURATION: PT4H", HOURS)).isEqualTo(TimerTime.WORKING);
    assertThat(TimerTime.of("Timer_Wait", "DURATION: ${wait}", HOURS)).isEqualTo(TimerTime.WORKING);
    assertThat(
            TimerTime.of(
                "Task_Appraisal",
                "DATE: ${escalationLadder.stepRungAt(execution, 'OVERDUE')}",
                HOURS))
        .isEqualTo(TimerTime.WORKING);
    assertThat(TimerTime.of("Timer_X", "DATE: ${deadlines.after(execution, 'P2D')}", HOURS))
        .isEqualTo(TimerTime.WORKING);
  }

  @Test
  void dossierRungsFollowTheLegalDueDate() {
    assertThat(
            TimerTime.of(
                "TimerStart_ApologyDue",
                "DATE: ${escalationLadder.dossierRungAt(execution, 'APOLOGY_DUE')}",
                HOURS))
        .isEqualTo(TimerTime.DOSSIER_RUNG);
  }

  @Test
  void calendarTimeTheEngineSetsWithoutWorkingDaysDoesNotMove() {
    assertThat(TimerTime.of("Timer_S", "DURATION: PT30S", HOURS)).isEqualTo(TimerTime.CALENDAR);
    assertThat(TimerTime.of("Timer_M", "DURATION: P1M", HOURS)).isEqualTo(TimerTime.CALENDAR);
    assertThat(TimerTime.of("Timer_D", "DATE: ${supplementDueAt}", HOURS))
        .isEqualTo(TimerTime.CALENDAR);
    assertThat(TimerTime.of("Timer_D", "DATE: 2026-12-01T09:00:00", HOURS))
        .isEqualTo(TimerTime.CALENDAR);
    assertThat(TimerTime.of("Timer_C", "CYCLE: R3/PT1H", HOURS)).isEqualTo(TimerTime.CALENDAR);
  }

  @Test
  void aCalendarDayDueDateOfUnknownPeriodMovesOnlyWhenItsOwnDayBecomesADayOff() {
    Instant now = at(23, 9, 0);
    Instant due = at(26, 17, 0); // Thursday
    WorkingCalendar wednesdayOff = without(LocalDate.of(2026, 11, 25));
    WorkingCalendar thursdayOff = without(LocalDate.of(2026, 11, 26));

    assertThat(CalendarDayDue.after(null, null, due, now, weekdays, wednesdayOff)).isEqualTo(due);
    assertThat(CalendarDayDue.after(null, null, due, now, weekdays, thursdayOff))
        .isEqualTo(at(27, 17, 0));
    // a due date already passed does not move
    assertThat(CalendarDayDue.after(null, null, due, at(27, 9, 0), weekdays, thursdayOff))
        .isEqualTo(due);
  }

  private WorkingCalendar without(LocalDate dayOff) {
    WorkingDays days = WorkingDays.weekdays();
    return weekdays.withWorkingDays(day -> !day.equals(dayOff) && days.isWorkingDay(day));
  }

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 11, day, hour, minute).atZone(VIETNAM).toInstant();
  }
}
