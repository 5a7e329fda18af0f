package vn.motcua.calendar.bench;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.motcua.calendar.HolidayCalendar;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDays;
import vn.motcua.calendar.internal.AnnouncementStore;
import vn.motcua.deadline.LegalClock;

/**
 * Deadline arithmetic on one core (issue 9): how many due dates and working-time spans the calendar
 * computes per second. Run by {@code bench/calendar.sh}, never by the build (the class is no test).
 *
 * <p>The calendar is the production one: {@link HolidayCalendar} (statutory rules, Tết by the lunar
 * calendar, compensatory days; no announcement, so the rules decide every year) behind {@link
 * WorkingCalendar} with the province's office hours in Vietnam's time zone. Inputs are drawn once
 * in {@link #draw()}: start instants at any minute of 2026 (nights, weekends and holidays included,
 * as online submissions arrive) and step budgets of 0.5 to 15 working days in half days; each call
 * takes the next input of a ring of {@value #INPUTS}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkingCalendarBenchmark {

  static final int INPUTS = 1 << 14;
  private static final int MASK = INPUTS - 1;
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Instant[] starts = new Instant[INPUTS];
  private final Duration[] budgets = new Duration[INPUTS];
  private final Instant[] dues = new Instant[INPUTS];
  private LegalClock legalClock;
  private WorkingCalendar calendar;
  private LegalClock weekdaysClock;
  private int next;

  @Setup
  public void draw() throws ReflectiveOperationException {
    calendar = new WorkingCalendar(VIETNAM, OfficeHours.PROVINCE_DEFAULT, holidayCalendar());
    if (calendar.isWorkingDay(LocalDate.of(2026, 9, 2))
        || calendar.isWorkingDay(LocalDate.of(2026, 2, 17))) {
      throw new IllegalStateException("the holiday calendar lost National Day or Tết");
    }
    legalClock = new LegalClock(calendar);
    weekdaysClock =
        new LegalClock(
            new WorkingCalendar(VIETNAM, OfficeHours.PROVINCE_DEFAULT, WorkingDays.weekdays()));
    SplittableRandom random = new SplittableRandom(20260101);
    Instant yearStart = LocalDate.of(2026, 1, 1).atStartOfDay(VIETNAM).toInstant();
    long minutesInYear =
        Duration.between(yearStart, yearStart.atZone(VIETNAM).plusYears(1)).toMinutes();
    for (int i = 0; i < INPUTS; i++) {
      starts[i] = yearStart.plusSeconds(random.nextLong(minutesInYear) * 60);
      int halfDays = 1 + random.nextInt(30); // 0.5 … 15 working days
      budgets[i] = Duration.ofDays(halfDays / 2).plusHours(halfDays % 2 * 4L);
      dues[i] = legalClock.stepDue(starts[i], budgets[i]);
    }
  }

  /**
   * The due instant of a step: start plus a budget of working days (and half days as four working
   * hours), as {@code Deadlines.stepDue} computes it for every user task.
   */
  @Benchmark
  public Instant dueDate() {
    int i = next++ & MASK;
    return legalClock.stepDue(starts[i], budgets[i]);
  }

  /** The working minutes between a start and its due instant, as reports and the ladder count. */
  @Benchmark
  public long workingMinutesBetween() {
    int i = next++ & MASK;
    return calendar.workingMinutesBetween(starts[i], dues[i]);
  }

  /**
   * The same due dates on Monday-to-Friday without the holiday calendar: what the holiday lookups
   * cost (a reference, not a figure of the product).
   */
  @Benchmark
  public Instant dueDateWeekdaysOnly() {
    int i = next++ & MASK;
    return weekdaysClock.stepDue(starts[i], budgets[i]);
  }

  /**
   * The production holiday calendar outside Spring: its constructor is the container's, and its
   * store of announcements answers "none" for every year (a stub, asked once a minute per year).
   */
  private static HolidayCalendar holidayCalendar() throws ReflectiveOperationException {
    AnnouncementStore noAnnouncements = mock(AnnouncementStore.class, withSettings().stubOnly());
    Constructor<HolidayCalendar> constructor =
        HolidayCalendar.class.getDeclaredConstructor(AnnouncementStore.class);
    constructor.setAccessible(true);
    return constructor.newInstance(noAnnouncements);
  }
}
