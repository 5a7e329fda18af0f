package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.internal.AnnouncementStore;

/** The holiday calendar's per-year lookup, without the database behind its announcements. */
class HolidayCalendarUnitTests {

  private final AnnouncementStore announcements = mock(AnnouncementStore.class);
  private final HolidayCalendar calendar = new HolidayCalendar(announcements);

  @Test
  void workingDaysAgreeWithTheDayStatusOnEveryDayOfSeveralYears() {
    when(announcements.forYear(2025))
        .thenReturn(
            List.of(
                new AnnouncedDay(
                    LocalDate.of(2025, 5, 2),
                    "Nghỉ hoán đổi",
                    HolidayKind.DAY_OFF_SWAP,
                    Occasion.VICTORY_AND_LABOUR_DAY),
                new AnnouncedDay(
                    LocalDate.of(2025, 4, 26),
                    "Làm bù",
                    HolidayKind.MAKE_UP_WORKING_DAY,
                    Occasion.VICTORY_AND_LABOUR_DAY)));
    WorkingDays snapshot = calendar.snapshot();
    for (LocalDate day = LocalDate.of(2023, 1, 1);
        day.isBefore(LocalDate.of(2029, 1, 1));
        day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day))
          .as("%s", day)
          .isEqualTo(calendar.status(day).working());
      assertThat(snapshot.isWorkingDay(day)).as("%s", day).isEqualTo(calendar.isWorkingDay(day));
    }
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 12, 31))).isFalse();
  }

  @Test
  void aForgottenYearIsReadAgain() {
    LocalDate friday = LocalDate.of(2026, 12, 4);
    assertThat(calendar.isWorkingDay(friday)).isTrue();
    when(announcements.forYear(2026))
        .thenReturn(
            List.of(new AnnouncedDay(friday, "Nghỉ", HolidayKind.DAY_OFF_SWAP, Occasion.OTHER)));
    assertThat(calendar.isWorkingDay(friday)).as("still cached").isTrue();

    calendar.forget(2026);

    assertThat(calendar.snapshot().isWorkingDay(friday)).isFalse();
    assertThat(calendar.isWorkingDay(friday)).isFalse();
  }

  @Test
  void yearsThatShareACacheSlotAreNotConfused() {
    LocalDate nationalDay = LocalDate.of(2196, 9, 2);
    LocalDate sameDay256YearsEarlier = LocalDate.of(1940, 9, 2);
    when(announcements.forYear(1940))
        .thenReturn(
            List.of(
                new AnnouncedDay(
                    sameDay256YearsEarlier,
                    "Làm bù",
                    HolidayKind.MAKE_UP_WORKING_DAY,
                    Occasion.NATIONAL_DAY)));

    assertThat(calendar.isWorkingDay(nationalDay)).isFalse();
    assertThat(calendar.isWorkingDay(sameDay256YearsEarlier)).isTrue();
    assertThat(calendar.isWorkingDay(nationalDay)).isFalse();
    assertThat(calendar.isWorkingDay(sameDay256YearsEarlier)).isTrue();
  }
}
