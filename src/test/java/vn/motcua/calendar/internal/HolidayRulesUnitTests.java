package vn.motcua.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.HolidayKind.COMPENSATORY;
import static vn.motcua.calendar.HolidayKind.HOLIDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.HolidayKind;
import vn.motcua.calendar.HolidaySource;

class HolidayRulesUnitTests {

  private static final String NEW_YEAR = "Tết Dương lịch";
  private static final String TET = "Tết Nguyên đán";
  private static final String HUNG = "Giỗ Tổ Hùng Vương";
  private static final String VICTORY = "Ngày Chiến thắng 30/4";
  private static final String LABOUR = "Ngày Quốc tế Lao động 1/5";
  private static final String NATIONAL = "Quốc khánh 2/9";

  @Test
  void year2029() {
    // Tết Tue 13/2: block Mon 12/2 … Fri 16/2; 2/9 Sunday with 3/9 Monday: 2/9 made up Tue 4/9
    assertThat(HolidayRules.forYear(2029))
        .containsExactly(
            holiday("2029-01-01", NEW_YEAR),
            holiday("2029-02-12", TET),
            holiday("2029-02-13", TET),
            holiday("2029-02-14", TET),
            holiday("2029-02-15", TET),
            holiday("2029-02-16", TET),
            holiday("2029-04-23", HUNG),
            holiday("2029-04-30", VICTORY),
            holiday("2029-05-01", LABOUR),
            holiday("2029-09-02", NATIONAL),
            holiday("2029-09-03", NATIONAL),
            compensatory("2029-09-04", NATIONAL));
  }

  @Test
  void year2030() {
    // Tết Sat 2/2: block Fri 1/2 … Tue 5/2, Sat and Sun made up Wed 6/2 and Thu 7/2
    assertThat(HolidayRules.forYear(2030))
        .containsExactly(
            holiday("2030-01-01", NEW_YEAR),
            holiday("2030-02-01", TET),
            holiday("2030-02-02", TET),
            holiday("2030-02-03", TET),
            holiday("2030-02-04", TET),
            holiday("2030-02-05", TET),
            compensatory("2030-02-06", TET),
            compensatory("2030-02-07", TET),
            holiday("2030-04-12", HUNG),
            holiday("2030-04-30", VICTORY),
            holiday("2030-05-01", LABOUR),
            holiday("2030-09-02", NATIONAL),
            holiday("2030-09-03", NATIONAL));
  }

  @Test
  void year2031() {
    // Tết Thu 23/1: block Wed 22/1 … Sun 26/1, made up Mon 27/1 and Tue 28/1;
    // leap 3rd month: Hùng Kings in the regular one (Tue 1/4); 2/9 Tuesday: with Monday 1/9
    assertThat(HolidayRules.forYear(2031))
        .containsExactly(
            holiday("2031-01-01", NEW_YEAR),
            holiday("2031-01-22", TET),
            holiday("2031-01-23", TET),
            holiday("2031-01-24", TET),
            holiday("2031-01-25", TET),
            holiday("2031-01-26", TET),
            compensatory("2031-01-27", TET),
            compensatory("2031-01-28", TET),
            holiday("2031-04-01", HUNG),
            holiday("2031-04-30", VICTORY),
            holiday("2031-05-01", LABOUR),
            holiday("2031-09-01", NATIONAL),
            holiday("2031-09-02", NATIONAL));
  }

  @Test
  void hungKingsOnSunday2026IsMadeUpOnMonday() {
    assertThat(HolidayRules.forYear(2026))
        .contains(holiday("2026-04-26", HUNG), compensatory("2026-04-27", HUNG));
  }

  @Test
  void nationalDayJoinsTheWeekend() {
    // 2025: 2/9 Tuesday → Monday 1/9
    assertThat(nationalDays(2025)).containsExactly(date("2025-09-01"), date("2025-09-02"));
    // 2027: 2/9 Thursday → Friday 3/9
    assertThat(nationalDays(2027)).containsExactly(date("2027-09-02"), date("2027-09-03"));
    // 2026: 2/9 Wednesday → 3/9
    assertThat(nationalDays(2026)).containsExactly(date("2026-09-02"), date("2026-09-03"));
  }

  @Test
  void tetWeekendDaysAreMadeUpAfterTheBlock() {
    // 2025: block Tue 28/1 … Sat 1/2 → Monday 3/2
    assertThat(HolidayRules.forYear(2025))
        .filteredOn(day -> day.date().getMonthValue() <= 2)
        .containsExactly(
            holiday("2025-01-01", NEW_YEAR),
            holiday("2025-01-28", TET),
            holiday("2025-01-29", TET),
            holiday("2025-01-30", TET),
            holiday("2025-01-31", TET),
            holiday("2025-02-01", TET),
            compensatory("2025-02-03", TET));
  }

  @Test
  void holidaysOnOneWeekendEachGetTheirOwnDay() {
    // 2022: 30/4 Saturday and 1/5 Sunday → Monday 2/5 and Tuesday 3/5
    assertThat(HolidayRules.forYear(2022))
        .filteredOn(day -> day.date().getMonthValue() == 5 || day.date().getMonthValue() == 4)
        .containsExactly(
            holiday("2022-04-10", HUNG),
            compensatory("2022-04-11", HUNG),
            holiday("2022-04-30", VICTORY),
            holiday("2022-05-01", LABOUR),
            compensatory("2022-05-02", VICTORY),
            compensatory("2022-05-03", LABOUR));
  }

  @Test
  void nationalDayOnSaturdayTakesFridayAndOneCompensatoryDay() {
    // 2028: 2/9 Saturday → Friday 1/9 adjacent, 2/9 made up Monday 4/9; Tuesday 5/9 is worked
    assertThat(HolidayRules.forYear(2028))
        .filteredOn(day -> day.date().getMonthValue() >= 8)
        .containsExactly(
            holiday("2028-09-01", NATIONAL),
            holiday("2028-09-02", NATIONAL),
            compensatory("2028-09-04", NATIONAL));
    // 2023 by the rules, as it was announced: Fri 1/9, Sat 2/9, made up Monday 4/9
    assertThat(HolidayRules.forYear(2023))
        .filteredOn(day -> day.date().getMonthValue() >= 8)
        .containsExactly(
            holiday("2023-09-01", NATIONAL),
            holiday("2023-09-02", NATIONAL),
            compensatory("2023-09-04", NATIONAL));
  }

  @Test
  void nationalDayOnSundayTakesMondayAndIsMadeUpOnTuesday() {
    // 2029 and 2035: 2/9 Sunday → Monday 3/9 adjacent, 2/9 made up Tuesday 4/9; 5/9 is worked
    for (int year : new int[] {2029, 2035}) {
      assertThat(LocalDate.of(year, 9, 2).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(HolidayRules.forYear(year))
          .filteredOn(day -> day.date().getMonthValue() >= 8)
          .containsExactly(
              holiday(year + "-09-02", NATIONAL),
              holiday(year + "-09-03", NATIONAL),
              compensatory(year + "-09-04", NATIONAL));
    }
  }

  @Test
  void nationalDayNeverTakesTwoCompensatoryDays() {
    for (int year = 1900; year <= 2199; year++) {
      assertThat(HolidayRules.forYear(year))
          .as("%d", year)
          .filteredOn(day -> day.name().equals("Nghỉ bù " + NATIONAL))
          .hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void daysAreUniqueSortedRuleBasedDaysOff() {
    for (int year = 1900; year <= 2199; year++) {
      int y = year;
      List<CalendarDay> days = HolidayRules.forYear(year);
      assertThat(days).extracting(CalendarDay::date).isSorted().doesNotHaveDuplicates();
      assertThat(days)
          .allSatisfy(
              day -> {
                assertThat(day.kind()).isIn(HOLIDAY, COMPENSATORY);
                assertThat(day.kind()).isNotEqualTo(HolidayKind.MAKE_UP_WORKING_DAY);
                assertThat(day.source()).isEqualTo(HolidaySource.RULE);
                assertThat(day.date().getYear()).isEqualTo(y);
              });
      assertThat(days)
          .filteredOn(day -> day.kind() == COMPENSATORY)
          .extracting(day -> day.date().getDayOfWeek())
          .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      long weekendHolidays =
          days.stream()
              .filter(day -> day.kind() == HOLIDAY)
              .map(CalendarDay::date)
              .filter(d -> d.getDayOfWeek().getValue() >= 6)
              .count();
      assertThat(days).filteredOn(day -> day.kind() == COMPENSATORY).hasSize((int) weekendHolidays);
    }
  }

  private static List<LocalDate> nationalDays(int year) {
    return HolidayRules.forYear(year).stream()
        .filter(day -> day.name().equals(NATIONAL))
        .map(CalendarDay::date)
        .toList();
  }

  private static CalendarDay holiday(String date, String name) {
    return new CalendarDay(date(date), name, HOLIDAY, HolidaySource.RULE);
  }

  private static CalendarDay compensatory(String date, String name) {
    return new CalendarDay(date(date), "Nghỉ bù " + name, COMPENSATORY, HolidaySource.RULE);
  }

  private static LocalDate date(String date) {
    return LocalDate.parse(date);
  }
}
