package vn.motcua.calendar;

import java.time.LocalDate;

/** One day of a government announcement: a day off, or a weekend day that is worked. */
public record AnnouncedDay(LocalDate date, String name, HolidayKind kind, Occasion occasion) {

  CalendarDay toCalendarDay() {
    return new CalendarDay(date, name, kind, HolidaySource.ANNOUNCEMENT);
  }
}
