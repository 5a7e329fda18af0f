package vn.motcua.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.HolidayKind;
import vn.motcua.calendar.HolidaySource;

/**
 * The statutory days off of a year for which the government has announced nothing.
 *
 * <p>Holidays (Labour Code 2019, No. 45/2019/QH14, Art. 112; {@link HolidayKind#HOLIDAY}):
 *
 * <ul>
 *   <li>New Year: 1 January.
 *   <li>Tết: five days. <em>Assumption</em> (the government chooses the days each year): the last
 *       day of the old lunar year and lunar 1/1–1/4.
 *   <li>Hùng Kings' Commemoration: lunar 10/3; in a year with a leap 3rd month, the regular one.
 *   <li>Victory Day 30 April and International Labour Day 1 May.
 *   <li>National Day: 2 September and one adjacent day (Art. 112(1)(đ)). <em>Assumption</em> (the
 *       government chooses; /work/shared/domain.md, "Defaults"): Monday 1/9 when 2/9 is a Tuesday,
 *       Friday 3/9 when it is a Thursday; when 2/9 is a Saturday, Friday 1/9 (as announced in
 *       2023), so that only 2/9 is compensated (Monday 4/9); when it is a Sunday, Monday 3/9, 2/9
 *       being compensated on Tuesday 4/9; otherwise 3 September. National Day thus never takes two
 *       compensatory days.
 * </ul>
 *
 * <p>Compensatory days off (Art. 111, {@link HolidayKind#COMPENSATORY}): a holiday falling on
 * Saturday or Sunday is compensated on the next working day after it — Monday to Friday and not
 * already a day off — one day each, so two holidays on one weekend take two days. For Tết the
 * compensatory days follow the whole block (<em>assumption</em>). Holidays are compensated in date
 * order. No make-up working days are produced: those only come from announcements, which win over
 * these rules.
 *
 * <p>Two holidays on the same date (Hùng Kings' day on 30 April, as in 1947) are listed once, under
 * the first, and compensated once.
 */
public final class HolidayRules {

  static final String NEW_YEAR = "Tết Dương lịch";
  static final String TET = "Tết Nguyên đán";
  static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
  static final String VICTORY_DAY = "Ngày Chiến thắng 30/4";
  static final String LABOUR_DAY = "Ngày Quốc tế Lao động 1/5";
  static final String NATIONAL_DAY = "Quốc khánh 2/9";
  static final String COMPENSATORY_PREFIX = "Nghỉ bù ";

  private HolidayRules() {}

  /** The rule-based days off of {@code year}, sorted by date, all with source RULE. */
  public static List<CalendarDay> forYear(int year) {
    List<Occasion> occasions =
        List.of(
            new Occasion(NEW_YEAR, List.of(LocalDate.of(year, 1, 1)), false),
            new Occasion(TET, tet(year), true),
            new Occasion(HUNG_KINGS, List.of(LunarCalendar.toSolar(year, 3, 10, false)), false),
            new Occasion(VICTORY_DAY, List.of(LocalDate.of(year, 4, 30)), false),
            new Occasion(LABOUR_DAY, List.of(LocalDate.of(year, 5, 1)), false),
            new Occasion(NATIONAL_DAY, nationalDay(year), false));

    List<CalendarDay> days = new ArrayList<>();
    Set<LocalDate> off = new HashSet<>();
    for (Occasion occasion : occasions) {
      for (LocalDate date : occasion.dates()) {
        if (off.add(date)) {
          days.add(day(date, occasion.name(), HolidayKind.HOLIDAY));
        }
      }
    }
    // occasions are in date order, so earlier holidays take the earlier free working days
    Set<LocalDate> compensated = new HashSet<>();
    for (Occasion occasion : occasions) {
      LocalDate blockEnd = occasion.dates().get(occasion.dates().size() - 1);
      for (LocalDate date : occasion.dates()) {
        if (isWeekend(date) && compensated.add(date)) {
          LocalDate free = nextFreeWorkingDay(occasion.afterBlock() ? blockEnd : date, off);
          off.add(free);
          days.add(day(free, COMPENSATORY_PREFIX + occasion.name(), HolidayKind.COMPENSATORY));
        }
      }
    }
    days.sort(Comparator.comparing(CalendarDay::date));
    return List.copyOf(days);
  }

  /** Consecutive holidays under one name; {@code afterBlock}: compensated after the last one. */
  private record Occasion(String name, List<LocalDate> dates, boolean afterBlock) {}

  /** The last day of the old lunar year and lunar 1/1–1/4. */
  private static List<LocalDate> tet(int year) {
    LocalDate newYear = LunarCalendar.lunarNewYear(year);
    return newYear.minusDays(1).datesUntil(newYear.plusDays(4)).toList();
  }

  /**
   * 2 September and the adjacent day: 1 September when 2/9 is a Tuesday or a Saturday (Friday 1/9,
   * as in 2023), else 3 September (Friday when 2/9 is a Thursday, Monday when a Sunday).
   */
  private static List<LocalDate> nationalDay(int year) {
    LocalDate second = LocalDate.of(year, 9, 2);
    DayOfWeek day = second.getDayOfWeek();
    return day == DayOfWeek.TUESDAY || day == DayOfWeek.SATURDAY
        ? List.of(second.minusDays(1), second)
        : List.of(second, second.plusDays(1));
  }

  private static LocalDate nextFreeWorkingDay(LocalDate after, Set<LocalDate> off) {
    LocalDate next = after.plusDays(1);
    while (isWeekend(next) || off.contains(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  private static CalendarDay day(LocalDate date, String name, HolidayKind kind) {
    return new CalendarDay(date, name, kind, HolidaySource.RULE);
  }
}
