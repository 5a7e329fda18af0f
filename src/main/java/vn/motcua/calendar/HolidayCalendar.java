package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.internal.AnnouncementStore;
import vn.motcua.calendar.internal.HolidayRules;

/**
 * The days off of any year: the government's announcement for the occasions it covers, the
 * statutory rules (Labour Code 2019 Art. 111–112, lunar dates for UTC+7) for the rest. Years are
 * cached; a node re-reads a year at most a minute after another node changed its announcement.
 */
@Component
public class HolidayCalendar implements WorkingDays {

  private static final long CACHE_NANOS = TimeUnit.SECONDS.toNanos(60);
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private record Year(Map<LocalDate, CalendarDay> byDate, List<CalendarDay> days, long loadedAt) {}

  private final AnnouncementStore announcements;
  private final Map<Integer, Year> years = new ConcurrentHashMap<>();

  HolidayCalendar(AnnouncementStore announcements) {
    this.announcements = announcements;
  }

  /** Every special day of the year, sorted by date. */
  public List<CalendarDay> daysOf(int year) {
    return year(year).days();
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    CalendarDay special = year(day.getYear()).byDate().get(day);
    return special == null ? WorkingDays.isWeekday(day) : !special.isDayOff();
  }

  /** Whether the date is worked, and why. */
  public DayStatus status(LocalDate day) {
    CalendarDay special = year(day.getYear()).byDate().get(day);
    if (special != null) {
      return new DayStatus(day, !special.isDayOff(), special.name());
    }
    boolean weekday = WorkingDays.isWeekday(day);
    String name = day.getDayOfWeek().getDisplayName(TextStyle.FULL, VIETNAMESE);
    return new DayStatus(day, weekday, weekday ? "Ngày làm việc (" + name + ")" : weekend(day));
  }

  /** Drops a cached year, after its announcement changed. */
  public void forget(int year) {
    years.remove(year);
  }

  private Year year(int year) {
    Year cached = years.get(year);
    if (cached == null || System.nanoTime() - cached.loadedAt() > CACHE_NANOS) {
      cached = load(year);
      years.put(year, cached);
    }
    return cached;
  }

  private Year load(int year) {
    List<AnnouncedDay> announced = announcements.forYear(year);
    Set<Occasion> covered =
        announced.stream().map(AnnouncedDay::occasion).collect(Collectors.toSet());
    Map<LocalDate, CalendarDay> byDate = new LinkedHashMap<>();
    announced.forEach(day -> byDate.put(day.date(), day.toCalendarDay()));
    for (CalendarDay rule : HolidayRules.forYear(year)) {
      if (!covered.contains(Occasion.ofRuleDay(rule))) {
        byDate.putIfAbsent(rule.date(), rule);
      }
    }
    List<CalendarDay> days = new ArrayList<>(byDate.values());
    days.sort(Comparator.comparing(CalendarDay::date));
    return new Year(Map.copyOf(byDate), List.copyOf(days), System.nanoTime());
  }

  private static String weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY
        ? "Thứ Bảy (nghỉ hằng tuần)"
        : "Chủ nhật (nghỉ hằng tuần)";
  }
}
