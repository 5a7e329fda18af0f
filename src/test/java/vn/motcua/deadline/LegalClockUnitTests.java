package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDays;

class LegalClockUnitTests {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalTime CUTOFF = LocalTime.of(15, 0);
  private final LegalClock clock =
      new LegalClock(
          new WorkingCalendar(VIETNAM, OfficeHours.PROVINCE_DEFAULT, WorkingDays.weekdays()));

  @Test
  void sameDayProcedureIsDueAtClosingTime() {
    assertThat(clock.dueAt(0, CUTOFF, at(23, 9, 0))).isEqualTo(at(23, 17, 0));
    assertThat(clock.dueAt(0, CUTOFF, at(23, 15, 0))).isEqualTo(at(23, 17, 0));
  }

  @Test
  void sameDayProcedureReceivedAfterCutoffIsDueNextWorkingDay() {
    assertThat(clock.dueAt(0, CUTOFF, at(23, 15, 1))).isEqualTo(at(24, 17, 0));
    assertThat(clock.dueAt(0, CUTOFF, at(27, 16, 0))).isEqualTo(at(30, 17, 0));
  }

  @Test
  void receiptOutsideOfficeHoursStartsTheClockAtTheNextOpening() {
    assertThat(clock.dueAt(0, CUTOFF, at(23, 19, 0))).isEqualTo(at(24, 17, 0));
    assertThat(clock.dueAt(0, CUTOFF, at(28, 10, 0))).isEqualTo(at(30, 17, 0));
    assertThat(clock.dueAt(3, CUTOFF, at(28, 10, 0))).isEqualTo(at(12, 2, 17, 0));
  }

  @Test
  void workingDayProceduresCountWholeWorkingDays() {
    assertThat(clock.dueAt(3, CUTOFF, at(23, 9, 0))).isEqualTo(at(26, 9, 0));
    assertThat(clock.dueAt(3, CUTOFF, at(26, 9, 0))).isEqualTo(at(12, 1, 9, 0));
  }

  @Test
  void calendarDayProceduresCountEveryDayAndEndOnAWorkingDay() {
    // Monday 23 November + 15 calendar days = Tuesday 8 December
    assertThat(clock.dueAfterCalendarDays(15, at(23, 9, 0))).isEqualTo(at(12, 8, 17, 0));
    // Wednesday 25 November + 4 = Sunday 29: the office is closed, due Monday 30
    assertThat(clock.dueAfterCalendarDays(4, at(25, 9, 0))).isEqualTo(at(30, 17, 0));
  }

  @Test
  void stepBudgetDaysAreWorkingDaysAndHoursAreWorkingHours() {
    assertThat(clock.stepDue(at(23, 10, 30), Duration.ofHours(2))).isEqualTo(at(23, 14, 0));
    assertThat(clock.stepDue(at(27, 16, 0), Duration.ofDays(1))).isEqualTo(at(30, 16, 0));
    assertThat(clock.stepDue(at(23, 9, 0), Duration.parse("P1DT2H"))).isEqualTo(at(24, 11, 0));
  }

  private static Instant at(int day, int hour, int minute) {
    return at(11, day, hour, minute);
  }

  private static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).atZone(VIETNAM).toInstant();
  }
}
