package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One special day of the working calendar: a day off, or (kind {@link
 * HolidayKind#MAKE_UP_WORKING_DAY}) a Saturday or Sunday that is worked.
 *
 * @param date the day
 * @param name its name in Vietnamese, e.g. "Tết Nguyên đán" or "Nghỉ bù Giỗ Tổ Hùng Vương"
 * @param kind what the day means for working time
 * @param source whether it comes from the rules or from an announcement
 */
public record CalendarDay(LocalDate date, String name, HolidayKind kind, HolidaySource source) {

  /** Rejects missing components. */
  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }

  /** Whether nobody works on this day (every kind except a make-up working day). */
  public boolean isDayOff() {
    return kind != HolidayKind.MAKE_UP_WORKING_DAY;
  }
}
