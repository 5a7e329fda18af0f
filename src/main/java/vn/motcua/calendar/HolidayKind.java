package vn.motcua.calendar;

/** What a {@link CalendarDay} means for working time. */
public enum HolidayKind {
  /** A statutory holiday (2019 Labour Code Art. 112). */
  HOLIDAY,
  /** A day off compensating a holiday that fell on the weekly rest day (Art. 111). */
  COMPENSATORY,
  /** A working day given off in exchange for a make-up working day, by government announcement. */
  DAY_OFF_SWAP,
  /** A Saturday or Sunday that is worked to make up for a swapped day off. */
  MAKE_UP_WORKING_DAY
}
