package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDays;

/**
 * Resuming a paused legal clock moves due dates by the working time that elapsed while paused
 * (office hours 07:30–11:30, 13:00–17:00; Monday to Friday; November 2026 has no holidays).
 */
class ClockShiftUnitTests {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private final WorkingCalendar calendar =
      new WorkingCalendar(VIETNAM, OfficeHours.PROVINCE_DEFAULT, WorkingDays.weekdays());

  @Test
  void addingAWorkingDayToClosingTimeLandsOnClosingTimeOfTheNextDay() {
    assertThat(calendar.addWorkingMinutes(at(23, 17, 0), 480)).isEqualTo(at(24, 17, 0));
    assertThat(calendar.addWorkingMinutes(at(20, 17, 0), 480)).isEqualTo(at(23, 17, 0));
  }

  @Test
  void fiveCalendarDaysWithThreeWorkingDaysMoveDueDatesByThreeWorkingDays() {
    // Friday 20 at closing time to Wednesday 25 at closing time: Mon, Tue and Wed elapse.
    ClockShift shift = ClockShift.of(calendar, at(20, 17, 0), at(25, 17, 0), at(20, 17, 0));

    assertThat(shift.minutes()).isEqualTo(3 * 480);
    assertThat(shift.newLegalDue()).isEqualTo(at(25, 17, 0));
    assertThat(shift.move(at(20, 15, 0), at(20, 14, 0))).isEqualTo(at(25, 15, 0));
    assertThat(shift.move(at(20, 11, 30), null)).isEqualTo(at(25, 11, 30));
  }

  @Test
  void pauseWithinOfficeHoursCarriesTheRestOverToTheNextMorning() {
    ClockShift shift = ClockShift.of(calendar, at(23, 9, 30), at(23, 10, 30), at(23, 17, 0));

    assertThat(shift.minutes()).isEqualTo(60);
    assertThat(shift.newLegalDue()).isEqualTo(at(24, 8, 30));
  }

  @Test
  void pauseWhileTheOfficeIsClosedMovesNothing() {
    ClockShift weekend = ClockShift.of(calendar, at(21, 10, 0), at(22, 10, 0), at(23, 17, 0));
    ClockShift night = ClockShift.of(calendar, at(20, 17, 30), at(23, 7, 0), at(23, 17, 0));

    assertThat(weekend.minutes()).isZero();
    assertThat(weekend.newLegalDue()).isEqualTo(at(23, 17, 0));
    assertThat(night.minutes()).isZero();
    assertThat(night.move(at(23, 10, 0), null)).isEqualTo(at(23, 10, 0));
  }

  @Test
  void dueDateSetDuringThePauseMovesOnlyByThePausedTimeAfterIt() {
    // paused Monday 09:00, resumed Wednesday 09:00; a step started Tuesday 09:00, due 11:00
    ClockShift shift = ClockShift.of(calendar, at(23, 9, 0), at(25, 9, 0), at(27, 17, 0));

    assertThat(shift.minutes()).isEqualTo(960);
    assertThat(shift.newLegalDue()).isEqualTo(at(31, 17, 0)); // Tuesday 1 December
    assertThat(shift.move(at(24, 11, 0), at(24, 9, 0))).isEqualTo(at(25, 11, 0));
  }

  @Test
  void dueDatePinnedToTheLegalDueDateFollowsIt() {
    ClockShift shift = ClockShift.of(calendar, at(23, 9, 0), at(25, 9, 0), at(27, 17, 0));

    assertThat(shift.move(at(27, 17, 0), at(24, 9, 0))).isEqualTo(shift.newLegalDue());
    assertThat(shift.move(null, null)).isNull();
  }

  /** A local time in Vietnam in November 2026 (a day past 30 rolls into December). */
  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 11, 1, hour, minute)
        .plusDays(day - 1)
        .atZone(VIETNAM)
        .toInstant();
  }
}
