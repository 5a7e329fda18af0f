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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
  private static final int YEAR_SLOTS = 256;
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * One year's special days; {@code working} holds whether each day of the year (index day of year
   * − 1) is worked, so that deadline arithmetic asks an array, not a map, once per calendar day.
   */
  private record Year(
      int number,
      Map<LocalDate, CalendarDay> byDate,
      List<CalendarDay> days,
      boolean[] working,
      long loadedAt) {}

  private final AnnouncementStore announcements;

  /**
   * The cached years, year {@code y} in slot {@code y mod 256} (a year 256 years away takes the
   * slot over): found without boxing the year, once per calendar day a due date walks over.
   */
  private final AtomicReferenceArray<Year> years = new AtomicReferenceArray<>(YEAR_SLOTS);

  HolidayCalendar(AnnouncementStore announcements) {
    this.announcements = announcements;
  }

  /** Every special day of the year, sorted by date. */
  public List<CalendarDay> daysOf(int year) {
    return year(year, System.nanoTime()).days();
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    return isWorkingDay(day, System.nanoTime());
  }

  /**
   * For one computation the cached years are judged fresh or stale once, when it starts, not once
   * per day: reading the clock would take as long as the rest of the day's lookup.
   */
  @Override
  public WorkingDays snapshot() {
    long now = System.nanoTime();
    return day -> isWorkingDay(day, now);
  }

  private boolean isWorkingDay(LocalDate day, long now) {
    return year(day.getYear(), now).working()[day.getDayOfYear() - 1];
  }

  /** Whether the date is worked, and why. */
  public DayStatus status(LocalDate day) {
    CalendarDay special = year(day.getYear(), System.nanoTime()).byDate().get(day);
    if (special != null) {
      return new DayStatus(day, !special.isDayOff(), special.name());
    }
    boolean weekday = WorkingDays.isWeekday(day);
    String name = day.getDayOfWeek().getDisplayName(TextStyle.FULL, VIETNAMESE);
    return new DayStatus(day, weekday, weekday ? "Ngày làm việc (" + name + ")" : weekend(day));
  }

  /**
   * The working days as they are with {@code year}'s announcement set to {@code announced} (other
   * years as cached): the calendar before or after a change, whatever the cache holds meanwhile.
   */
  public WorkingDays asAnnounced(int year, List<AnnouncedDay> announced) {
    boolean[] working = build(year, announced).working();
    WorkingDays others = snapshot();
    return day ->
        day.getYear() == year ? working[day.getDayOfYear() - 1] : others.isWorkingDay(day);
  }

  /** Drops a cached year, after its announcement changed. */
  public void forget(int year) {
    years.set(Math.floorMod(year, YEAR_SLOTS), null);
  }

  private Year year(int year, long now) {
    int slot = Math.floorMod(year, YEAR_SLOTS);
    Year cached = years.get(slot);
    if (cached == null || cached.number() != year || now - cached.loadedAt() > CACHE_NANOS) {
      cached = load(year);
      years.set(slot, cached);
    }
    return cached;
  }

  private Year load(int year) {
    return build(year, announcements.forYear(year));
  }

  private static Year build(int year, List<AnnouncedDay> announced) {
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
    boolean[] working = new boolean[LocalDate.of(year, 1, 1).lengthOfYear()];
    for (int i = 0; i < working.length; i++) {
      LocalDate day = LocalDate.ofYearDay(year, i + 1);
      CalendarDay special = byDate.get(day);
      working[i] = special == null ? WorkingDays.isWeekday(day) : !special.isDayOff();
    }
    return new Year(year, Map.copyOf(byDate), List.copyOf(days), working, System.nanoTime());
  }

  private static String weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY
        ? "Thứ Bảy (nghỉ hằng tuần)"
        : "Chủ nhật (nghỉ hằng tuần)";
  }
}
