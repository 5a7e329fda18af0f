package vn.motcua.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.internal.LunarCalendar.LunarDate;

class LunarCalendarUnitTests {

  /** Published Vietnamese Tết dates, 2000–2031 (index 0 is 2000). */
  private static final List<String> TET =
      List.of(
          "2000-02-05",
          "2001-01-24",
          "2002-02-12",
          "2003-02-01",
          "2004-01-22",
          "2005-02-09",
          "2006-01-29",
          "2007-02-17",
          "2008-02-07",
          "2009-01-26",
          "2010-02-14",
          "2011-02-03",
          "2012-01-23",
          "2013-02-10",
          "2014-01-31",
          "2015-02-19",
          "2016-02-08",
          "2017-01-28",
          "2018-02-16",
          "2019-02-05",
          "2020-01-25",
          "2021-02-12",
          "2022-02-01",
          "2023-01-22",
          "2024-02-10",
          "2025-01-29",
          "2026-02-17",
          "2027-02-06",
          "2028-01-26",
          "2029-02-13",
          "2030-02-02",
          "2031-01-23");

  @Test
  void tetMatchesThePublishedVietnameseDates() {
    for (int year = 2000; year <= 2031; year++) {
      assertThat(LunarCalendar.lunarNewYear(year))
          .as("Tết %d", year)
          .isEqualTo(LocalDate.parse(TET.get(year - 2000)));
    }
  }

  @Test
  void theTimeZoneMatters() {
    // new moon 2007-02-17 16:14 UT: 23:14 in Vietnam, 00:14 the next day in China
    assertThat(LunarCalendar.lunarNewYear(2007, 7.0)).isEqualTo(LocalDate.of(2007, 2, 17));
    assertThat(LunarCalendar.lunarNewYear(2007, 8.0)).isEqualTo(LocalDate.of(2007, 2, 18));
    // new moon 2030-02-02 about 16:08 UT: 23:08 in Vietnam, 00:08 the next day in China
    assertThat(LunarCalendar.lunarNewYear(2030, 7.0)).isEqualTo(LocalDate.of(2030, 2, 2));
    assertThat(LunarCalendar.lunarNewYear(2030, 8.0)).isEqualTo(LocalDate.of(2030, 2, 3));
  }

  @Test
  void hungKingsDayIsTheTenthOfTheThirdMonth() {
    List<String> expected =
        List.of(
            "2024-04-18",
            "2025-04-07",
            "2026-04-26",
            "2027-04-16",
            "2028-04-04",
            "2029-04-23",
            "2030-04-12",
            "2031-04-01");
    for (int year = 2024; year <= 2031; year++) {
      assertThat(LunarCalendar.toSolar(year, 3, 10, false))
          .as("Hùng Kings %d", year)
          .isEqualTo(LocalDate.parse(expected.get(year - 2024)));
    }
  }

  @Test
  void everyDayOf2000To2100RoundTrips() {
    LocalDate end = LocalDate.of(2101, 1, 1);
    for (LocalDate day = LocalDate.of(2000, 1, 1); day.isBefore(end); day = day.plusDays(1)) {
      LunarDate lunar = LunarCalendar.toLunar(day);
      assertThat(LunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth()))
          .as("%s -> %s", day, lunar)
          .isEqualTo(day);
    }
  }

  @Test
  void toLunarGivesTheLunarDate() {
    assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 10)))
        .isEqualTo(new LunarDate(2024, 1, 1, false));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2030, 2, 1)))
        .isEqualTo(new LunarDate(2029, 12, 29, false));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 4, 26)))
        .isEqualTo(new LunarDate(2026, 3, 10, false));
  }

  @Test
  void leapMonthsAreDetected() {
    assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 22)))
        .isEqualTo(new LunarDate(2023, 2, 1, true));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 21)))
        .isEqualTo(new LunarDate(2023, 2, 30, false));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2020, 5, 23)))
        .isEqualTo(new LunarDate(2020, 4, 1, true));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 25)))
        .isEqualTo(new LunarDate(2025, 6, 1, true));
    assertThat(LunarCalendar.toSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
    // 2031 has a leap 3rd month: Hùng Kings' day is in the regular one
    assertThat(LunarCalendar.toSolar(2031, 3, 10, true)).isEqualTo(LocalDate.of(2031, 4, 30));
  }

  @Test
  void impossibleDatesAreRejected() {
    assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 3, 1, true))
        .as("2024 has no leap month")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2023, 3, 1, true))
        .as("2023's leap month is the 2nd")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 1, 30, false))
        .as("month 1 of 2024 has 29 days")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 0, 1, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 13, 1, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 5, 0, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 5, 31, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(LunarCalendar.toSolar(2024, 2, 30, false)).isEqualTo(LocalDate.of(2024, 4, 8));
  }
}
