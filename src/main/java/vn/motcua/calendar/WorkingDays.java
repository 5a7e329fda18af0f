package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Which dates are working days. */
@FunctionalInterface
public interface WorkingDays {

  boolean isWorkingDay(LocalDate day);

  /**
   * The same working days for one computation that asks about many days in a row (a due date walks
   * over every calendar day it spans): checks that do not depend on the day, such as whether a
   * cache is still fresh, may be made once here rather than once per day. This object by default.
   */
  default WorkingDays snapshot() {
    return this;
  }

  /** Monday to Friday, no holidays. */
  static WorkingDays weekdays() {
    return WorkingDays::isWeekday;
  }

  static boolean isWeekday(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }
}
