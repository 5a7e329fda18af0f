package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimelinessUnitTests {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Instant DUE = at(25, 17, 0);

  @Test
  void beforeTheAppointmentDayIsEarly() {
    assertThat(Timeliness.of(at(24, 16, 59), DUE, VIETNAM)).isEqualTo(Timeliness.EARLY);
  }

  @Test
  void onTheAppointmentDayUpToTheDueInstantIsOnTime() {
    assertThat(Timeliness.of(at(25, 7, 30), DUE, VIETNAM)).isEqualTo(Timeliness.ON_TIME);
    assertThat(Timeliness.of(DUE, DUE, VIETNAM)).isEqualTo(Timeliness.ON_TIME);
  }

  @Test
  void afterTheDueInstantIsLate() {
    assertThat(Timeliness.of(at(25, 17, 1), DUE, VIETNAM)).isEqualTo(Timeliness.LATE);
    assertThat(Timeliness.of(at(26, 8, 0), DUE, VIETNAM)).isEqualTo(Timeliness.LATE);
  }

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 11, day, hour, minute).atZone(VIETNAM).toInstant();
  }
}
