package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of working-time arithmetic that must hold for any start and any duration. */
class WorkingCalendarPropertiesUnitTests {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Set<LocalDate> DAYS_OFF =
      Set.of(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1));
  private static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 5, 9);

  private final WorkingCalendar calendar =
      new WorkingCalendar(
          VIETNAM,
          OfficeHours.PROVINCE_DEFAULT,
          day ->
              day.equals(MAKE_UP_SATURDAY)
                  || WorkingDays.isWeekday(day) && !DAYS_OFF.contains(day));

  @Provide
  Arbitrary<Instant> instants() {
    Instant from = LocalDate.of(2026, 1, 1).atStartOfDay(VIETNAM).toInstant();
    return Arbitraries.longs()
        .between(0, 365L * 24 * 60)
        .map(minutes -> from.plusSeconds(minutes * 60));
  }

  @Property
  void resultIsAlwaysInsideOfficeHours(
      @ForAll("instants") Instant start, @ForAll @IntRange(min = 1, max = 20_000) int minutes) {
    Instant due = calendar.addWorkingMinutes(start, minutes);
    ZonedDateTime local = due.atZone(VIETNAM);
    assertThat(calendar.isWorkingDay(local.toLocalDate())).isTrue();
    OfficeHours hours = calendar.officeHours();
    boolean inMorning =
        local.toLocalTime().isAfter(hours.morningStart())
            && !local.toLocalTime().isAfter(hours.morningEnd());
    boolean inAfternoon =
        local.toLocalTime().isAfter(hours.afternoonStart())
            && !local.toLocalTime().isAfter(hours.afternoonEnd());
    assertThat(inMorning || inAfternoon).as("%s is inside office hours", local).isTrue();
  }

  @Property
  void addingAThenBEqualsAddingAPlusB(
      @ForAll("instants") Instant start,
      @ForAll @IntRange(min = 0, max = 5_000) int a,
      @ForAll @IntRange(min = 0, max = 5_000) int b) {
    Instant stepwise = calendar.addWorkingMinutes(calendar.addWorkingMinutes(start, a), b);
    Instant direct = calendar.addWorkingMinutes(start, a + b);
    if (a > 0 && b == 0) {
      // adding nothing to a closing instant moves it to the next opening: same working instant
      assertThat(calendar.workingMinutesBetween(direct, stepwise)).isZero();
    } else {
      assertThat(stepwise).isEqualTo(direct);
    }
  }

  @Property
  void resultsAreMonotonic(
      @ForAll("instants") Instant start,
      @ForAll @IntRange(min = 0, max = 10_000) int a,
      @ForAll @IntRange(min = 0, max = 10_000) int b) {
    Instant first = calendar.addWorkingMinutes(start, Math.min(a, b));
    Instant second = calendar.addWorkingMinutes(start, Math.max(a, b));
    assertThat(first).isBeforeOrEqualTo(second);
  }

  @Property
  void laterStartsNeverGiveEarlierResults(
      @ForAll("instants") Instant start,
      @ForAll @IntRange(min = 0, max = 3 * 24 * 60) int delayMinutes,
      @ForAll @IntRange(min = 1, max = 10_000) int minutes) {
    Instant later = start.plusSeconds(delayMinutes * 60L);
    assertThat(calendar.addWorkingMinutes(start, minutes))
        .isBeforeOrEqualTo(calendar.addWorkingMinutes(later, minutes));
  }

  @Property
  void workingTimeBetweenStartAndResultIsWhatWasAdded(
      @ForAll("instants") Instant start, @ForAll @IntRange(min = 0, max = 20_000) int minutes) {
    Instant due = calendar.addWorkingMinutes(start, minutes);
    assertThat(calendar.workingMinutesBetween(start, due)).isEqualTo(minutes);
  }
}
