package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.IntegrationTest;

/**
 * The reports' totals as appended deltas: every figure reads the same before and after the
 * compactor folds them, and two transactions adding to the same official's day (or the same
 * agency's procedure day) never wait for each other.
 */
@IntegrationTest
class ReportDeltasIntegrationTests {

  private static final String AGENCY = "TEST.DELTAS";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final List<String> TABLES =
      List.of(
          "report_day",
          "report_day_delta",
          "report_step_day",
          "report_step_month",
          "report_step_delta");

  @Autowired DayTotals days;
  @Autowired StepTotals steps;
  @Autowired DelayQuery delays;
  @Autowired ReportCompactor compactor;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  @AfterEach
  void removeTheRows() {
    TABLES.forEach(t -> jdbc.sql("delete from " + t + " where agency = ?").param(AGENCY).update());
  }

  @Test
  void reportsReadTheSameBeforeAndAfterCompaction() {
    facts(0);
    compactAll(); // some facts in the totals already, more as deltas on the same rows
    facts(7);
    Period period = Period.of(LocalDate.of(2041, 1, 20), LocalDate.of(2041, 3, 10), VIETNAM);
    String before = figures(period);
    assertThat(deltas()).isPositive();

    compactAll();

    assertThat(deltas()).isZero();
    assertThat(figures(period)).isEqualTo(before);
    assertThat(before).contains("canbo.0", "canbo.1");
  }

  @Test
  void concurrentCompletionsOfOneOfficialAndDayNeverWaitForEachOther() throws Exception {
    CyclicBarrier bothAdded = new CyclicBarrier(2);
    long day = LocalDate.of(2041, 2, 3).toEpochDay();
    List<CompletableFuture<Void>> both =
        List.of(1, 2).stream()
            .map(
                n ->
                    CompletableFuture.runAsync(
                        () ->
                            transaction.executeWithoutResult(
                                status -> {
                                  jdbc.sql("set local lock_timeout = '200ms'").update();
                                  steps.add(step(day, "canbo.same", 30 + n));
                                  days.add(AGENCY, "test-procedure", day, counters(n));
                                  await(bothAdded); // both uncommitted at once
                                })))
            .toList();
    CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    Period february = Period.of(LocalDate.of(2041, 2, 1), LocalDate.of(2041, 2, 28), VIETNAM);
    assertThat(delays.delays(List.of(AGENCY), february, null, DelayQuery.By.OFFICIAL, 0))
        .singleElement()
        .satisfies(d -> assertThat(d.count()).isEqualTo(2));
    assertThat(days.days(List.of(AGENCY), february, null).get(day)[0]).isEqualTo(3);
  }

  /** A month and a half of steps and dossier days, some on the same rows, shifted by {@code n}. */
  private void facts(int n) {
    for (int i = 0; i < 7; i++) {
      long day = LocalDate.of(2041, 1, 25).plusDays(i * 7L + n).toEpochDay();
      steps.add(step(day, "canbo." + (i % 2), 20 + i * 97L + n));
      days.add(AGENCY, "test-procedure", day, counters(i + n));
    }
    steps.add(step(LocalDate.of(2041, 2, 14).toEpochDay(), "canbo.0", 5000 + n));
  }

  private void compactAll() {
    while (compactor.compact() > 0) {
      // until no delta is left
    }
  }

  private long deltas() {
    return jdbc.sql(
            "select (select count(*) from report_day_delta where agency = :a)"
                + " + (select count(*) from report_step_delta where agency = :a)")
        .param("a", AGENCY)
        .query(Long.class)
        .single();
  }

  /** Every figure the reports read from the totals for the period, as text. */
  private String figures(Period period) {
    List<String> scope = List.of(AGENCY);
    StringBuilder text = new StringBuilder();
    Map<String, String> sums = new TreeMap<>();
    days.sums(scope, period, null)
        .forEach(
            (key, s) ->
                sums.put(
                    key.toString(), Arrays.toString(s.before()) + Arrays.toString(s.within())));
    text.append(sums);
    days.days(scope, period, "test-procedure")
        .forEach((day, counters) -> text.append(day).append(Arrays.toString(counters)));
    for (DelayQuery.By by : DelayQuery.By.values()) {
      text.append(delays.delays(scope, period, null, by, 0));
    }
    return text.toString();
  }

  private static long[] counters(int seed) {
    long[] counters = new long[DayColumn.COUNT];
    for (int i = 0; i < counters.length; i++) {
      counters[i] = (seed + i) % 3;
    }
    counters[0] = seed == 1 || seed == 2 ? seed : counters[0];
    return counters;
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other transaction never added its facts", e);
    }
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
