package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingCalendarUnitTests {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private final WorkingCalendar calendar =
      new WorkingCalendar(
          VIETNAM,
          OfficeHours.PROVINCE_DEFAULT,
          day ->
              day.equals(LocalDate.of(2026, 12, 5))
                  || WorkingDays.isWeekday(day) && !day.equals(LocalDate.of(2026, 12, 1)));

  @Test
  void weekendsAndDaysOffAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 11, 30)))
        .isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 27), 2))
        .isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void nextOpeningSkipsLunchEveningsAndWeekends() {
    assertThat(calendar.nextOpening(at(2026, 11, 23, 6, 0))).isEqualTo(at(2026, 11, 23, 7, 30));
    assertThat(calendar.nextOpening(at(2026, 11, 23, 9, 15))).isEqualTo(at(2026, 11, 23, 9, 15));
    assertThat(calendar.nextOpening(at(2026, 11, 23, 11, 30))).isEqualTo(at(2026, 11, 23, 13, 0));
    assertThat(calendar.nextOpening(at(2026, 11, 23, 17, 0))).isEqualTo(at(2026, 11, 24, 7, 30));
    assertThat(calendar.nextOpening(at(2026, 11, 27, 18, 0))).isEqualTo(at(2026, 11, 30, 7, 30));
  }

  @Test
  void addingWorkingMinutesCountsOfficeTimeOnly() {
    assertThat(calendar.addWorkingMinutes(at(2026, 11, 23, 9, 0), 60))
        .isEqualTo(at(2026, 11, 23, 10, 0));
    assertThat(calendar.addWorkingMinutes(at(2026, 11, 23, 10, 30), 120))
        .isEqualTo(at(2026, 11, 23, 14, 0));
    assertThat(calendar.addWorkingMinutes(at(2026, 11, 23, 9, 0), 150))
        .isEqualTo(at(2026, 11, 23, 11, 30));
    assertThat(calendar.addWorkingMinutes(at(2026, 11, 27, 16, 0), 120))
        .isEqualTo(at(2026, 11, 30, 8, 30));
    assertThat(calendar.addWorkingMinutes(at(2026, 11, 30, 16, 0), 120))
        .isEqualTo(at(2026, 12, 2, 8, 30));
    assertThat(calendar.addWorkingMinutes(at(2026, 11, 23, 12, 0), 0))
        .isEqualTo(at(2026, 11, 23, 13, 0));
    assertThat(calendar.addWorkingMinutes(at(2026, 11, 23, 7, 30), 3 * 480))
        .isEqualTo(at(2026, 11, 25, 17, 0));
  }

  @Test
  void makeUpSaturdayIsWorked() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 5))).isTrue();
    assertThat(calendar.addWorkingMinutes(at(2026, 12, 4, 16, 0), 120))
        .isEqualTo(at(2026, 12, 5, 8, 30));
  }

  @Test
  void workingMinutesBetweenCountsOfficeTimeOnly() {
    assertThat(calendar.workingMinutesBetween(at(2026, 11, 23, 9, 0), at(2026, 11, 23, 10, 0)))
        .isEqualTo(60);
    assertThat(calendar.workingMinutesBetween(at(2026, 11, 23, 11, 0), at(2026, 11, 23, 14, 0)))
        .isEqualTo(90);
    assertThat(calendar.workingMinutesBetween(at(2026, 11, 27, 16, 0), at(2026, 11, 30, 8, 30)))
        .isEqualTo(120);
    assertThat(calendar.workingMinutesBetween(at(2026, 11, 30, 16, 0), at(2026, 12, 2, 8, 30)))
        .isEqualTo(120);
    assertThat(calendar.workingMinutesBetween(at(2026, 11, 23, 18, 0), at(2026, 11, 24, 7, 0)))
        .isZero();
    assertThat(calendar.workingMinutesBetween(at(2026, 11, 23, 10, 0), at(2026, 11, 23, 9, 0)))
        .isEqualTo(-60);
  }

  @Test
  void workingInstantsAreInsideOfficeHoursOfWorkingDays() {
    assertThat(calendar.isWorkingInstant(at(2026, 11, 23, 9, 0))).isTrue();
    assertThat(calendar.isWorkingInstant(at(2026, 11, 23, 12, 0))).isFalse();
    assertThat(calendar.isWorkingInstant(at(2026, 11, 23, 17, 0))).isFalse();
    assertThat(calendar.isWorkingInstant(at(2026, 11, 28, 9, 0))).isFalse();
  }

  @Test
  void officeHoursParseAndPrintTheSameText() {
    OfficeHours summer = OfficeHours.parse("07:00-11:00, 13:30-17:30");
    assertThat(summer.minutesPerDay()).isEqualTo(480);
    assertThat(summer).hasToString("07:00-11:00,13:30-17:30");
    assertThat(OfficeHours.parse(OfficeHours.PROVINCE_DEFAULT.toString()))
        .isEqualTo(OfficeHours.PROVINCE_DEFAULT);
    assertThatThrownBy(() -> OfficeHours.parse("07:00-11:00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OfficeHours.parse("7h-11h,13h-17h"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAgencysOwnOfficeHoursShiftItsDeadlines() {
    WorkingCalendar summer = calendar.withOfficeHours(OfficeHours.parse("07:00-11:00,13:30-17:30"));
    assertThat(summer.addWorkingMinutes(at(2026, 11, 23, 10, 0), 120))
        .isEqualTo(at(2026, 11, 23, 14, 30));
    assertThat(summer.isWorkingDay(LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(calendar.withOfficeHours(OfficeHours.PROVINCE_DEFAULT)).isSameAs(calendar);
  }

  @Test
  void negativeDurationsAreRejected() {
    assertThatThrownBy(() -> calendar.addWorkingMinutes(at(2026, 11, 23, 9, 0), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void officeHoursMustBeOrdered() {
    assertThat(OfficeHours.PROVINCE_DEFAULT.minutesPerDay()).isEqualTo(480);
    assertThatThrownBy(
            () ->
                new OfficeHours(
                    java.time.LocalTime.of(13, 0), java.time.LocalTime.of(11, 0),
                    java.time.LocalTime.of(14, 0), java.time.LocalTime.of(17, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
  }
}
