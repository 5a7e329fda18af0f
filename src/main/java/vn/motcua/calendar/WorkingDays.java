package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Which dates are working days. */
@FunctionalInterface
public interface WorkingDays {

  boolean isWorkingDay(LocalDate day);

  /** Monday to Friday, no holidays. */
  static WorkingDays weekdays() {
    return WorkingDays::isWeekday;
  }

  static boolean isWeekday(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }
}
