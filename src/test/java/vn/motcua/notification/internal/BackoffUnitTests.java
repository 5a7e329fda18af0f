package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffUnitTests {

  @Test
  void waitsOneMinuteAfterTheFirstFailureAndDoublesUpToAnHour() {
    assertThat(Backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(Backoff.after(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(Backoff.after(7)).isEqualTo(Duration.ofHours(1));
    assertThat(Backoff.after(8)).isEqualTo(Duration.ofHours(1));
    assertThat(Backoff.after(100)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void givesUpAfterEightAttempts() {
    assertThat(Backoff.givesUp(7)).isFalse();
    assertThat(Backoff.givesUp(8)).isTrue();
  }

  @Test
  void refusesAnAttemptCountBelowOne() {
    assertThatThrownBy(() -> Backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
