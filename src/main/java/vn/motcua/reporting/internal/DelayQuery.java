package vn.motcua.reporting.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delay analytics over the steps completed in a period, grouped by procedure step, by unit, by
 * official or by agency (each agency's share of the time when a dossier passes through several, as
 * with province-wide reception: Decree 118/2025/NĐ-CP Art. 18–20): count, total, median and 90th
 * percentile of the working minutes each step took, the budget, the share over budget and the total
 * overrun. The day totals ({@link StepTotals}) give every figure; the percentiles are exact (SQL
 * {@code percentile_cont} over {@code dossier_step}, on PostgreSQL and H2) while the period holds
 * at most {@code motcua.reports.exact-percentiles-up-to} steps (20 000 by default), and beyond that
 * are read from the totals' histograms, within 3.2%.
 */
@Component
class DelayQuery {

  /** What the steps are grouped by. */
  enum By {
    STEP("d.procedure_key, s.activity_id", "d.procedure_key, s.activity_id, max(s.step_name)"),
    UNIT("s.unit_group", "s.unit_group"),
    OFFICIAL("s.completed_by", "s.completed_by"),
    AGENCY("s.agency", "s.agency");

    final String groupBy;
    final String select;

    By(String groupBy, String select) {
      this.groupBy = groupBy;
      this.select = select;
    }
  }

  private static final String SQL =
      """
      select %s, count(*) n, max(s.budget_minutes) budget, sum(s.worked_minutes) worked,
        percentile_cont(0.5) within group (order by s.worked_minutes) median,
        percentile_cont(0.9) within group (order by s.worked_minutes) p90,
        sum(case when s.overrun_minutes > 0 then 1 else 0 end) over_budget,
        sum(s.overrun_minutes) overrun
      from dossier_step s join dossier d on d.code = s.dossier_code
      where s.agency in (:agencies) and s.completed_at >= :start and s.completed_at < :end
        and s.worked_minutes is not null and s.completed_by is not null %s
      group by %s
      """;

  private final JdbcClient jdbc;
  private final ReportNames names;
  private final StepTotals totals;
  private final long exactUpTo;

  DelayQuery(
      JdbcClient jdbc,
      ReportNames names,
      StepTotals totals,
      @Value("${motcua.reports.exact-percentiles-up-to:20000}") long exactUpTo) {
    this.jdbc = jdbc;
    this.names = names;
    this.totals = totals;
    this.exactUpTo = exactUpTo;
  }

  /** The groups, worst first: the largest total overrun, then the longest 90th percentile. */
  List<Delay> delays(List<String> scope, Period period, String procedure, By by) {
    return delays(scope, period, procedure, by, exactUpTo);
  }

  List<Delay> delays(List<String> scope, Period period, String procedure, By by, long exactUpTo) {
    if (scope.isEmpty()) {
      return List.of();
    }
    Map<List<String>, StepTotals.Group> groups = totals.groups(scope, period, procedure, by);
    long steps = groups.values().stream().mapToLong(g -> g.steps).sum();
    List<Delay> delays =
        steps <= exactUpTo ? exact(scope, period, procedure, by) : estimated(groups, by);
    return delays.stream().sorted(WORST_FIRST).toList();
  }

  private static final Comparator<Delay> WORST_FIRST =
      Comparator.comparingLong(Delay::totalOverrunMinutes)
          .thenComparingDouble(Delay::p90Minutes)
          .reversed();

  private List<Delay> estimated(Map<List<String>, StepTotals.Group> groups, By by) {
    ReportNames.Lookup lookup = names.lookup();
    return groups.entrySet().stream()
        .map(
            e -> {
              StepTotals.Group g = e.getValue();
              String first = e.getKey().get(0);
              String key = by == By.STEP ? first : null;
              return new Delay(
                  key,
                  lookup.procedure(key),
                  by == By.STEP ? e.getKey().get(1) : null,
                  by == By.STEP ? g.stepName : null,
                  by == By.UNIT && !first.isEmpty() ? first : null,
                  by == By.UNIT && !first.isEmpty() ? lookup.group(first) : null,
                  by == By.OFFICIAL ? first : null,
                  by == By.OFFICIAL ? lookup.person(first) : null,
                  by == By.AGENCY ? first : null,
                  by == By.AGENCY ? lookup.agency(first) : null,
                  g.steps,
                  Math.round(g.worked.total()),
                  by == By.STEP ? g.budget : null,
                  Math.round(g.worked.percentile(0.5) * 10) / 10.0,
                  Math.round(g.worked.percentile(0.9) * 10) / 10.0,
                  g.overBudget,
                  g.overrun);
            })
        .toList();
  }

  private List<Delay> exact(List<String> scope, Period period, String procedure, By by) {
    String sql =
        SQL.formatted(
            by.select, procedure == null ? "" : "and d.procedure_key = :procedure", by.groupBy);
    var statement =
        jdbc.sql(sql)
            .param("agencies", scope)
            .param("start", period.startUtc())
            .param("end", period.endUtc());
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    ReportNames.Lookup lookup = names.lookup();
    return statement
        .query(
            (rs, n) -> {
              String key = by == By.STEP ? rs.getString(1) : null;
              long budget = rs.getLong("budget");
              Long budgetMinutes = rs.wasNull() ? null : budget;
              return new Delay(
                  key,
                  lookup.procedure(key),
                  by == By.STEP ? rs.getString(2) : null,
                  by == By.STEP ? rs.getString(3) : null,
                  by == By.UNIT ? rs.getString(1) : null,
                  by == By.UNIT ? lookup.group(rs.getString(1)) : null,
                  by == By.OFFICIAL ? rs.getString(1) : null,
                  by == By.OFFICIAL ? lookup.person(rs.getString(1)) : null,
                  by == By.AGENCY ? rs.getString(1) : null,
                  by == By.AGENCY ? lookup.agency(rs.getString(1)) : null,
                  rs.getLong("n"),
                  rs.getLong("worked"),
                  by == By.STEP ? budgetMinutes : null,
                  Math.round(rs.getDouble("median") * 10) / 10.0,
                  Math.round(rs.getDouble("p90") * 10) / 10.0,
                  rs.getLong("over_budget"),
                  rs.getLong("overrun"));
            })
        .list();
  }
}
