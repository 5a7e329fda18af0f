package vn.motcua.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDays;

class WorkingTimeBusinessCalendarUnitTests {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private final WorkingTimeBusinessCalendar calendar =
      new WorkingTimeBusinessCalendar(
          new WorkingCalendar(VIETNAM, OfficeHours.PROVINCE_DEFAULT, WorkingDays.weekdays()),
          new DueDateBusinessCalendar());

  @Test
  void durationsOfWeeksDaysHoursAndMinutesAreWorkingTime() {
    assertThat(calendar.workingMinutes("P2D")).hasValue(960);
    assertThat(calendar.workingMinutes("PT4H")).hasValue(240);
    assertThat(calendar.workingMinutes("P1W")).hasValue(2400);
    assertThat(calendar.workingMinutes("P1DT2H30M")).hasValue(630);
    assertThat(calendar.workingMinutes(" PT15M ")).hasValue(15);
  }

  @Test
  void everythingElseIsLeftToCamundasCalendar() {
    assertThat(calendar.workingMinutes("P1M")).isEmpty();
    assertThat(calendar.workingMinutes("P1Y")).isEmpty();
    assertThat(calendar.workingMinutes("PT30S")).isEmpty();
    assertThat(calendar.workingMinutes("P")).isEmpty();
    assertThat(calendar.workingMinutes("PT")).isEmpty();
    assertThat(calendar.workingMinutes("2026-05-04T08:00:00")).isEmpty();
    assertThat(calendar.workingMinutes(null)).isEmpty();
  }

  @Test
  void resolvesFromTheGivenStartOverAWeekend() {
    Date friday = at(2026, 11, 27, 16, 0);
    assertThat(calendar.resolveDuedate("PT2H", friday)).isEqualTo(at(2026, 11, 30, 8, 30));
    assertThat(calendar.resolveDuedate("2026-12-01T10:00:00", friday)).isNotNull();
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant());
  }
}
