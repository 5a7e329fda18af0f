package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.IntegrationTest;

/**
 * The delay analytics read from the step day totals when a period holds more steps than the exact
 * percentiles are computed for: counts and overruns exact, percentiles from the histogram.
 */
@IntegrationTest
class StepTotalsIntegrationTests {

  private static final String AGENCY = "TEST.HISTOGRAM";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired StepTotals totals;
  @Autowired DelayQuery delays;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void removeTheRows() {
    jdbc.sql("delete from report_step_day where agency = ?").param(AGENCY).update();
    jdbc.sql("delete from report_step_month where agency = ?").param(AGENCY).update();
    jdbc.sql("delete from report_step_delta where agency = ?").param(AGENCY).update();
  }

  @Test
  void beyondTheExactLimitPercentilesComeFromTheHistogram() {
    long day = LocalDate.of(2040, 1, 15).toEpochDay();
    int[] worked = {10, 20, 30, 400, 1000};
    for (int i = 0; i < worked.length; i++) {
      totals.add(step(day, "canbo." + (i % 2), worked[i]));
    }
    totals.add(step(LocalDate.of(2040, 2, 1).toEpochDay(), "canbo.0", 5000)); // after the period
    Period january = Period.of(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 31), VIETNAM);

    List<Delay> bySteps = delays.delays(List.of(AGENCY), january, null, DelayQuery.By.STEP, 0);

    // 400 and 1000 read back as the middles of their buckets, 400-415 and 992-1023:
    // p90 at rank 3.6 = 407.5 + 0.6 * (1007.5 - 407.5)
    assertThat(bySteps)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.count()).isEqualTo(5);
              assertThat(d.activityId()).isEqualTo("Task_Appraisal");
              assertThat(d.stepName()).isEqualTo("Thẩm định");
              assertThat(d.budgetMinutes()).isEqualTo(120);
              assertThat(d.medianMinutes()).isEqualTo(30.0);
              assertThat(d.p90Minutes()).isEqualTo(767.5);
              assertThat(d.overBudget()).isEqualTo(2);
              assertThat(d.totalOverrunMinutes()).isEqualTo(280 + 880);
            });
    assertThat(delays.delays(List.of(AGENCY), january, null, DelayQuery.By.OFFICIAL, 0))
        .extracting(Delay::official, Delay::count, Delay::totalOverrunMinutes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("canbo.0", 3L, 880L),
            org.assertj.core.groups.Tuple.tuple("canbo.1", 2L, 280L));
    assertThat(delays.delays(List.of(AGENCY), january, null, DelayQuery.By.UNIT, 0))
        .singleElement()
        .satisfies(d -> assertThat(d.unit()).isEqualTo(AGENCY + ":specialist"));
  }

  @Test
  void aPeriodReadsItsWholeMonthsByMonthAndTheDaysAroundThemByDay() {
    totals.add(step(LocalDate.of(2039, 12, 31).toEpochDay(), "canbo.0", 100));
    totals.add(step(LocalDate.of(2040, 1, 15).toEpochDay(), "canbo.0", 200));
    totals.add(step(LocalDate.of(2040, 2, 3).toEpochDay(), "canbo.0", 300));
    totals.add(step(LocalDate.of(2040, 2, 4).toEpochDay(), "canbo.0", 400));

    assertThat(count(LocalDate.of(2039, 12, 20), LocalDate.of(2040, 2, 3))).isEqualTo(3);
    assertThat(count(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 31))).isEqualTo(1);
    assertThat(count(LocalDate.of(2040, 1, 10), LocalDate.of(2040, 2, 4))).isEqualTo(3);
    assertThat(count(LocalDate.of(2039, 12, 1), LocalDate.of(2040, 2, 29))).isEqualTo(4);
    assertThat(count(LocalDate.of(2040, 1, 16), LocalDate.of(2040, 2, 2))).isZero();
  }

  private long count(LocalDate from, LocalDate to) {
    return delays
        .delays(List.of(AGENCY), Period.of(from, to, VIETNAM), null, DelayQuery.By.OFFICIAL, 0)
        .stream()
        .mapToLong(Delay::count)
        .sum();
  }

  private static StepTotals.CompletedStep step(long day, String official, long worked) {
    return new StepTotals.CompletedStep(
        AGENCY,
        day,
        "test-procedure",
        "Task_Appraisal",
        AGENCY + ":specialist",
        official,
        "Thẩm định",
        worked,
        Math.max(0, worked - 120),
        120L);
  }
}
