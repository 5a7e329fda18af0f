package vn.motcua.reporting.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the day totals ({@link DayTotals}, {@link StepTotals}) afresh from every finished
 * dossier and completed step, with the same rules the live path uses, in one transaction that on
 * PostgreSQL keeps live additions (the deltas) and the compactor waiting until it commits; the
 * deltas appended before it are dropped, as the history it reads holds their facts. Runs on
 * start-up while {@code report_state} says the totals are not built (after the migration that
 * created them, over the history already there), and on an administrator's request after data was
 * loaded behind the application's back (an import from an earlier system, the benchmark's bulk
 * load).
 */
@Component
class TotalsRebuild implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TotalsRebuild.class);

  /** What a rebuild went through and how long it took. */
  record Result(long dossiers, long steps, long dayRows, long stepRows, long millis) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final TotalRows rows;
  private final StepTotals steps;
  private final Clock clock;

  TotalsRebuild(
      DataSource dataSource,
      TransactionTemplate transaction,
      TotalRows rows,
      StepTotals steps,
      Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(10_000);
    this.transaction = transaction;
    this.rows = rows;
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    String state =
        jdbc.queryForObject("select state from report_state where name = 'totals'", String.class);
    if (!"BUILT".equals(state)) {
      Result result = rebuild();
      log.info("Report totals built from the history: {}", result);
    }
  }

  Result rebuild() {
    return transaction.execute(
        status -> {
          long started = System.nanoTime();
          rows.lockForRebuild();
          jdbc.update("delete from report_day");
          jdbc.update("delete from report_step_day");
          jdbc.update("delete from report_step_month");
          jdbc.update("delete from report_day_delta");
          jdbc.update("delete from report_step_delta");
          long[] dossiers = {0};
          Map<List<Object>, long[]> days = new HashMap<>();
          jdbc.query(
              DayTotals.FINISHED_DOSSIERS + " where finished_at is not null",
              rs -> {
                FinishedDossier d = DayTotals.finished(rs, 0);
                dossiers[0]++;
                d.counters(clock.getZone())
                    .forEach(
                        (day, counters) -> {
                          long[] sum =
                              days.computeIfAbsent(
                                  List.of(d.agency(), d.procedure(), day),
                                  k -> new long[DayColumn.COUNT]);
                          for (int i = 0; i < counters.length; i++) {
                            sum[i] += counters[i];
                          }
                        });
              });
          long[] completed = {0};
          Map<StepTotals.Span, Map<List<Object>, StepTotals.Group>> groups =
              new java.util.EnumMap<>(StepTotals.Span.class);
          for (StepTotals.Span span : StepTotals.Span.values()) {
            groups.put(span, new HashMap<>());
          }
          jdbc.query(
              StepTotals.COMPLETED_STEPS,
              rs -> {
                StepTotals.CompletedStep step = steps.completed(rs, 0);
                completed[0]++;
                groups.forEach(
                    (span, spanGroups) ->
                        spanGroups
                            .computeIfAbsent(step.key(span), k -> StepTotals.Group.empty())
                            .add(step));
              });
          insertDays(days);
          groups.forEach(this::insertSteps);
          jdbc.update("update report_state set state = 'BUILT' where name = 'totals'");
          return new Result(
              dossiers[0],
              completed[0],
              days.size(),
              groups.get(StepTotals.Span.DAY).size(),
              (System.nanoTime() - started) / 1_000_000);
        });
  }

  private void insertDays(Map<List<Object>, long[]> days) {
    String sql =
        "insert into report_day ("
            + String.join(", ", DayTotals.KEYS)
            + ", "
            + DayColumn.join("%c", ", ")
            + ") values (?, ?, ?, "
            + DayColumn.join("?", ", ")
            + ")";
    List<Object[]> batch = new ArrayList<>();
    days.forEach(
        (key, counters) -> {
          Object[] row = new Object[3 + counters.length];
          row[0] = key.get(0);
          row[1] = key.get(1);
          row[2] = key.get(2);
          for (int i = 0; i < counters.length; i++) {
            row[3 + i] = counters[i];
          }
          batch.add(row);
        });
    jdbc.batchUpdate(sql, batch);
  }

  private void insertSteps(StepTotals.Span span, Map<List<Object>, StepTotals.Group> groups) {
    String sql =
        "insert into "
            + span.table
            + " ("
            + String.join(", ", span.keys)
            + ", step_name, steps, over_budget, overrun_minutes, budget_minutes, worked)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    List<Object[]> batch = new ArrayList<>();
    groups.forEach(
        (key, group) -> {
          List<Object> row = new ArrayList<>(key);
          row.addAll(group.values());
          batch.add(row.toArray());
        });
    jdbc.batchUpdate(sql, batch);
  }
}
