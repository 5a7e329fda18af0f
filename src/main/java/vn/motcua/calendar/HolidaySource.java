package vn.motcua.calendar;

/** Where a {@link CalendarDay} comes from. */
public enum HolidaySource {
  /** Derived from the statutory rules for a year without a government announcement. */
  RULE,
  /** Taken from the government's yearly announcement of days off, which wins over the rules. */
  ANNOUNCEMENT
}
