package vn.motcua.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StepTimelinessUnitTests {

  private static final Instant DUE = Instant.parse("2026-11-23T08:00:00Z");

  @Test
  void finishedByTheDueDateIsOnTime() {
    assertThat(StepTimeliness.of(DUE, DUE, DUE.plusSeconds(3600)))
        .isEqualTo(StepTimeliness.ON_TIME);
    assertThat(StepTimeliness.ON_TIME.label()).isEqualTo("Đúng hạn");
  }

  @Test
  void finishedAfterTheDueDateIsLate() {
    assertThat(StepTimeliness.of(DUE.plusSeconds(1), DUE, DUE)).isEqualTo(StepTimeliness.LATE);
    assertThat(StepTimeliness.LATE.label()).isEqualTo("Trễ hạn");
  }

  @Test
  void openPastTheDueDateIsLate() {
    assertThat(StepTimeliness.of(null, DUE, DUE.plusSeconds(60))).isEqualTo(StepTimeliness.LATE);
  }

  @Test
  void openBeforeTheDueDateIsInProgress() {
    assertThat(StepTimeliness.of(null, DUE, DUE.minusSeconds(60)))
        .isEqualTo(StepTimeliness.IN_PROGRESS);
  }

  @Test
  void withoutDueDateNothingIsPrinted() {
    assertThat(StepTimeliness.of(DUE, null, DUE).label()).isEmpty();
  }
}
