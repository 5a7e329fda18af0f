package vn.motcua.calendar;

import java.util.Locale;

/**
 * What a day off is for. An announcement replaces the statutory rules occasion by occasion, so a
 * year whose announcement covers only Tết still gets 30 April and National Day from the rules.
 */
public enum Occasion {
  NEW_YEAR,
  TET,
  HUNG_KINGS,
  VICTORY_AND_LABOUR_DAY,
  NATIONAL_DAY,
  OTHER;

  /** The occasion of a day the statutory rules produced, recognised by its Vietnamese name. */
  public static Occasion ofRuleDay(CalendarDay day) {
    String name = day.name().toLowerCase(Locale.ROOT);
    if (name.contains("dương lịch")) {
      return NEW_YEAR;
    }
    if (name.contains("nguyên đán")) {
      return TET;
    }
    if (name.contains("hùng")) {
      return HUNG_KINGS;
    }
    if (name.contains("30/4") || name.contains("1/5") || name.contains("lao động")) {
      return VICTORY_AND_LABOUR_DAY;
    }
    if (name.contains("quốc khánh")) {
      return NATIONAL_DAY;
    }
    return OTHER;
  }
}
