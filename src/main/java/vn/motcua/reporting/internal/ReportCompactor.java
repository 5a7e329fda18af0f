package vn.motcua.reporting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the reports' deltas ({@code report_day_delta}, {@code report_step_delta}: one row per
 * finished dossier's day or completed step, appended by the transaction that made the fact) into
 * the totals ({@code report_day}, {@code report_step_day}, {@code report_step_month}) and deletes
 * them, in one transaction, so a report (which reads totals plus deltas in one statement) shows the
 * same figures before and after. One compactor at a time in the cluster: the transaction first
 * takes the {@code totals} row of {@code report_state} with {@code for update skip locked}
 * (PostgreSQL and H2 alike), and a node that finds it taken skips its turn. Only the deltas read
 * are deleted, by id, so a delta committed meanwhile waits for the next turn. Runs every {@code
 * motcua.reporting.compact-every} (default 1 s) on every node, in batches of {@value #BATCH}
 * deltas, unless {@code motcua.reporting.compactor} is false.
 */
@Component
@EnableScheduling
class ReportCompactor {

  static final int BATCH = 1000;
  private static final int MAX_BATCHES = 50;
  private static final Logger log = LoggerFactory.getLogger(ReportCompactor.class);

  private final JdbcClient jdbc;
  private final TotalRows rows;
  private final TransactionTemplate transaction;
  private final boolean periodic;

  ReportCompactor(
      JdbcClient jdbc,
      TotalRows rows,
      PlatformTransactionManager transactions,
      @Value("${motcua.reporting.compactor:true}") boolean periodic) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.transaction = new TransactionTemplate(transactions);
    this.periodic = periodic;
  }

  @Scheduled(
      fixedDelayString = "${motcua.reporting.compact-every:PT1S}",
      initialDelayString = "${motcua.reporting.compact-every:PT1S}")
  void compactPeriodically() {
    if (!periodic) {
      return;
    }
    try {
      for (int i = 0; i < MAX_BATCHES && compact() == BATCH; i++) {
        // a backlog: the next batch at once
      }
    } catch (RuntimeException e) {
      log.warn("The report deltas were not compacted this time: {}", e.toString());
    }
  }

  /** Folds up to a batch of each kind of delta; the most folded of either, 0 if not our turn. */
  int compact() {
    Integer folded =
        transaction.execute(
            status -> rows.lockForCompaction() ? Math.max(foldDays(), foldSteps()) : 0);
    return folded == null ? 0 : folded;
  }

  private int foldDays() {
    List<Long> ids = new ArrayList<>();
    Map<List<Object>, long[]> sums = new LinkedHashMap<>();
    jdbc.sql(
            "select id, agency, procedure_key, local_day, "
                + DayColumn.join("%c", ", ")
                + " from report_day_delta order by id limit "
                + BATCH)
        .query(
            (java.sql.ResultSet rs) -> {
              ids.add(rs.getLong("id"));
              long[] sum =
                  sums.computeIfAbsent(
                      List.of(
                          rs.getString("agency"),
                          rs.getString("procedure_key"),
                          rs.getLong("local_day")),
                      k -> new long[DayColumn.COUNT]);
              for (DayColumn c : DayColumn.values()) {
                sum[c.ordinal()] += rs.getLong(c.column());
              }
            });
    String add =
        "update report_day set "
            + DayColumn.join("%c = %c + ?", ", ")
            + " where agency = ? and procedure_key = ? and local_day = ?";
    sums.forEach(
        (key, counters) -> {
          rows.ensure("report_day", DayTotals.KEYS, key);
          List<Object> params = new ArrayList<>();
          for (long counter : counters) {
            params.add(counter);
          }
          params.addAll(key);
          jdbc.sql(add).params(params).update();
        });
    delete("report_day_delta", ids);
    return ids.size();
  }

  private int foldSteps() {
    List<Long> ids = new ArrayList<>();
    Map<StepTotals.Span, Map<List<Object>, StepTotals.Group>> sums = new LinkedHashMap<>();
    for (StepTotals.Span span : StepTotals.Span.values()) {
      sums.put(span, new LinkedHashMap<>());
    }
    jdbc.sql("select * from report_step_delta order by id limit " + BATCH)
        .query(
            (java.sql.ResultSet rs) -> {
              ids.add(rs.getLong("id"));
              StepTotals.Group delta = StepTotals.group(rs, 0);
              long day = rs.getLong("local_day");
              List<String> names =
                  List.of(
                      rs.getString("agency"),
                      rs.getString("procedure_key"),
                      rs.getString("activity_id"),
                      rs.getString("unit_group"),
                      rs.getString("completed_by"));
              sums.forEach(
                  (span, groups) ->
                      groups
                          .computeIfAbsent(
                              List.of(
                                  names.get(0),
                                  span.of(day),
                                  names.get(1),
                                  names.get(2),
                                  names.get(3),
                                  names.get(4)),
                              k -> StepTotals.Group.empty())
                          .add(delta));
            });
    sums.forEach((span, groups) -> groups.forEach((key, group) -> fold(span, key, group)));
    delete("report_step_delta", ids);
    return ids.size();
  }

  /** Adds a group of deltas to its totals row (created if need be). */
  private void fold(StepTotals.Span span, List<Object> key, StepTotals.Group delta) {
    rows.ensure(span.table, span.keys, key);
    String where = span.keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
    StepTotals.Group total =
        jdbc.sql("select * from " + span.table + " where " + where)
            .params(key)
            .query(StepTotals::group)
            .single();
    total.add(delta);
    List<Object> params = new ArrayList<>(total.values());
    params.addAll(key);
    jdbc.sql(
            "update "
                + span.table
                + " set step_name = ?, steps = ?, over_budget = ?, overrun_minutes = ?,"
                + " budget_minutes = ?, worked = ? where "
                + where)
        .params(params)
        .update();
  }

  private void delete(String table, List<Long> ids) {
    for (int from = 0; from < ids.size(); from += 500) {
      Map<String, Object> params = new HashMap<>();
      params.put("ids", ids.subList(from, Math.min(ids.size(), from + 500)));
      jdbc.sql("delete from " + table + " where id in (:ids)").params(params).update();
    }
  }
}
