package vn.motcua.reporting.internal;

import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delay analytics over the steps completed in a period, grouped by procedure step, by unit or by
 * official: count, median and 90th percentile of the working minutes each step took (SQL {@code
 * percentile_cont}, on PostgreSQL and H2), the budget, the share over budget and the total overrun.
 * Reads {@code dossier_step}, whose {@code worked_minutes} the deadline module writes on
 * completion.
 */
@Component
class DelayQuery {

  /** What the steps are grouped by. */
  enum By {
    STEP("d.procedure_key, s.activity_id", "d.procedure_key, s.activity_id, max(s.step_name)"),
    UNIT("s.unit_group", "s.unit_group"),
    OFFICIAL("s.completed_by", "s.completed_by");

    final String groupBy;
    final String select;

    By(String groupBy, String select) {
      this.groupBy = groupBy;
      this.select = select;
    }
  }

  private static final String SQL =
      """
      select %s, count(*) n, max(s.budget_minutes) budget,
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

  DelayQuery(JdbcClient jdbc, ReportNames names) {
    this.jdbc = jdbc;
    this.names = names;
  }

  /** The groups, worst first: the largest total overrun, then the longest 90th percentile. */
  List<Delay> delays(List<String> scope, Period period, String procedure, By by) {
    if (scope.isEmpty()) {
      return List.of();
    }
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
                  by == By.OFFICIAL ? rs.getString(1) : null,
                  rs.getLong("n"),
                  by == By.STEP ? budgetMinutes : null,
                  Math.round(rs.getDouble("median") * 10) / 10.0,
                  Math.round(rs.getDouble("p90") * 10) / 10.0,
                  rs.getLong("over_budget"),
                  rs.getLong("overrun"));
            })
        .list()
        .stream()
        .sorted(
            Comparator.comparingLong(Delay::totalOverrunMinutes)
                .thenComparingDouble(Delay::p90Minutes)
                .reversed())
        .toList();
  }
}
