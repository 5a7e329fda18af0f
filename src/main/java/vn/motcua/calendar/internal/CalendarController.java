package vn.motcua.calendar.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.calendar.AnnouncedDay;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.DayStatus;
import vn.motcua.calendar.HolidayCalendar;
import vn.motcua.calendar.HolidayKind;
import vn.motcua.calendar.HolidaySource;
import vn.motcua.calendar.WorkingCalendar;

/** {@code /api/calendar}: public reads of the working calendar, and the yearly announcements. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  record Holiday(LocalDate date, String name, HolidayKind kind, HolidaySource source) {
    static Holiday of(CalendarDay day) {
      return new Holiday(day.date(), day.name(), day.kind(), day.source());
    }
  }

  record Deadline(String from, String due) {}

  record WorkingTime(String from, String to, long workingMinutes) {}

  record Announcement(int year, List<AnnouncedDay> days) {}

  private final HolidayCalendar holidays;
  private final WorkingCalendar calendar;
  private final HolidayAnnouncements announcements;

  CalendarController(
      HolidayCalendar holidays, WorkingCalendar calendar, HolidayAnnouncements announcements) {
    this.holidays = holidays;
    this.calendar = calendar;
    this.announcements = announcements;
  }

  @GetMapping("/holidays")
  List<Holiday> holidays(@RequestParam @Min(1900) @Max(2199) int year) {
    return holidays.daysOf(year).stream().map(Holiday::of).toList();
  }

  @GetMapping("/working-day")
  DayStatus workingDay(@RequestParam LocalDate date) {
    checkRange("date", date.getYear());
    return holidays.status(date);
  }

  @GetMapping("/deadline")
  Deadline deadline(
      @RequestParam String from,
      @RequestParam(required = false) @Min(0) @Max(3650) Integer workingDays,
      @RequestParam(required = false) @Min(0) @Max(29200) Integer workingHours) {
    if ((workingDays == null) == (workingHours == null)) {
      throw new CalendarProblems.InvalidCalendarInputException("workingDays", "one-of");
    }
    Instant start = instant("from", from);
    Instant due =
        workingDays != null
            ? calendar.addWorkingDays(start, workingDays)
            : calendar.addWorkingMinutes(start, workingHours * 60L);
    return new Deadline(format(start), format(due));
  }

  @GetMapping("/working-time")
  WorkingTime workingTime(@RequestParam String from, @RequestParam String to) {
    Instant start = instant("from", from);
    Instant end = instant("to", to);
    return new WorkingTime(format(start), format(end), calendar.workingMinutesBetween(start, end));
  }

  @PutMapping("/announcements/{year}")
  Announcement announce(
      @PathVariable @Min(1900) @Max(2199) int year,
      @Valid @RequestBody AnnouncementRequest request) {
    return new Announcement(year, announcements.announce(year, request));
  }

  /**
   * An ISO-8601 date-time with offset, or without one in the calendar's time zone. A space stands
   * for the "+" of an offset that was not URL-encoded.
   */
  private Instant instant(String field, String value) {
    String text = value.strip().replace(' ', '+');
    Instant instant;
    try {
      instant = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        instant = LocalDateTime.parse(text).atZone(calendar.zone()).toInstant();
      } catch (DateTimeParseException e) {
        throw new CalendarProblems.InvalidCalendarInputException(field, "not-a-date-time");
      }
    }
    checkRange(field, calendar.dateOf(instant).getYear());
    return instant;
  }

  private static void checkRange(String field, int year) {
    if (year < 1900 || year > 2199) {
      throw new CalendarProblems.InvalidCalendarInputException(field, "out-of-range");
    }
  }

  private String format(Instant instant) {
    return ISO.format(instant.atZone(calendar.zone()));
  }
}
