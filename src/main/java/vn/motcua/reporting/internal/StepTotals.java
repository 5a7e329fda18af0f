package vn.motcua.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.StepCompleted;

/**
 * The read model of completed steps: per agency, procedure, step, unit, official and local day, how
 * many, how many over budget, the total overrun, the budget and a histogram of the working minutes
 * each took ({@link MinutesHistogram}), added to in the transaction that completes each step. The
 * delay analytics of a year read these rows, not four million steps.
 */
@Component
class StepTotals {

  static final List<String> KEYS =
      List.of("agency", "local_day", "procedure_key", "activity_id", "unit_group", "completed_by");

  /** A completed step as the totals see it; {@code unit} is empty when the step had none. */
  record CompletedStep(
      String agency,
      long day,
      String procedure,
      String activity,
      String unit,
      String official,
      String stepName,
      long worked,
      long overrun,
      Long budget) {

    List<Object> key() {
      return List.of(agency, day, procedure, activity, unit, official);
    }
  }

  /** The completed steps with their working time, for one or (in a rebuild) all of them. */
  static final String COMPLETED_STEPS =
      "select s.agency, s.completed_at, d.procedure_key, s.activity_id, s.unit_group,"
          + " s.completed_by, s.step_name, s.worked_minutes, s.overrun_minutes, s.budget_minutes"
          + " from dossier_step s join dossier d on d.code = s.dossier_code"
          + " where s.worked_minutes is not null and s.completed_by is not null"
          + " and s.agency is not null";

  private final JdbcClient jdbc;
  private final TotalRows rows;
  private final Clock clock;

  StepTotals(JdbcClient jdbc, TotalRows rows, Clock clock) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.clock = clock;
  }

  @EventListener
  void on(StepCompleted e) {
    jdbc.sql(COMPLETED_STEPS + " and s.task_id = :task")
        .param("task", e.taskId())
        .query(this::completed)
        .optional()
        .ifPresent(this::add);
  }

  CompletedStep completed(ResultSet rs, int n) throws SQLException {
    long budget = rs.getLong("budget_minutes");
    Long budgetMinutes = rs.wasNull() ? null : budget;
    String unit = rs.getString("unit_group");
    return new CompletedStep(
        rs.getString("agency"),
        FinishedDossier.day(
            rs.getObject("completed_at", OffsetDateTime.class).toInstant(), clock.getZone()),
        rs.getString("procedure_key"),
        rs.getString("activity_id"),
        unit == null ? "" : unit,
        rs.getString("completed_by"),
        rs.getString("step_name"),
        rs.getLong("worked_minutes"),
        rs.getLong("overrun_minutes"),
        budgetMinutes);
  }

  /** Adds one step: creates its row if need be, then updates it under the row's lock. */
  void add(CompletedStep step) {
    rows.ensure("report_step_day", KEYS, step.key());
    String where = KEYS.stream().map(k -> k + " = ?").reduce((a, b) -> a + " and " + b).get();
    Group group =
        jdbc.sql("select * from report_step_day where " + where + " for update")
            .params(step.key())
            .query(StepTotals::group)
            .single();
    group.add(step);
    List<Object> params = new java.util.ArrayList<>(group.values());
    params.addAll(step.key());
    jdbc.sql(
            "update report_step_day set step_name = ?, steps = ?, over_budget = ?,"
                + " overrun_minutes = ?, budget_minutes = ?, worked = ? where "
                + where)
        .params(params)
        .update();
  }

  /** Per grouping of the delay analytics, the sums of the rows of a period. */
  Map<List<String>, Group> groups(
      List<String> scope, Period period, String procedure, DelayQuery.By by) {
    var statement =
        jdbc.sql(
                "select * from report_step_day where agency in (:agencies)"
                    + " and local_day >= :from and local_day < :to"
                    + (procedure == null ? "" : " and procedure_key = :procedure"))
            .param("agencies", scope)
            .param("from", period.from().toEpochDay())
            .param("to", period.to().toEpochDay() + 1);
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    Map<List<String>, Group> groups = new java.util.HashMap<>();
    statement
        .query(
            (rs, n) -> {
              List<String> key =
                  switch (by) {
                    case STEP ->
                        List.of(rs.getString("procedure_key"), rs.getString("activity_id"));
                    case UNIT -> List.of(rs.getString("unit_group"));
                    case OFFICIAL -> List.of(rs.getString("completed_by"));
                  };
              return Map.entry(key, group(rs, n));
            })
        .list()
        .forEach(e -> groups.merge(e.getKey(), e.getValue(), Group::add));
    return groups;
  }

  private static Group group(ResultSet rs, int n) throws SQLException {
    long budget = rs.getLong("budget_minutes");
    Long budgetMinutes = rs.wasNull() ? null : budget;
    return new Group(
        rs.getString("step_name"),
        rs.getLong("steps"),
        rs.getLong("over_budget"),
        rs.getLong("overrun_minutes"),
        budgetMinutes,
        MinutesHistogram.decode(rs.getString("worked")));
  }

  /** The sums of some rows: the step name and budget are the greatest seen, as SQL's max. */
  static final class Group {
    String stepName;
    long steps;
    long overBudget;
    long overrun;
    Long budget;
    final MinutesHistogram worked;

    Group(
        String stepName,
        long steps,
        long overBudget,
        long overrun,
        Long budget,
        MinutesHistogram worked) {
      this.stepName = stepName;
      this.steps = steps;
      this.overBudget = overBudget;
      this.overrun = overrun;
      this.budget = budget;
      this.worked = worked;
    }

    static Group empty() {
      return new Group(null, 0, 0, 0, null, new MinutesHistogram());
    }

    void add(CompletedStep step) {
      add(
          new Group(
              step.stepName(),
              1,
              step.overrun() > 0 ? 1 : 0,
              step.overrun(),
              step.budget(),
              new MinutesHistogram().add(step.worked())));
    }

    Group add(Group other) {
      stepName = greater(stepName, other.stepName);
      steps += other.steps;
      overBudget += other.overBudget;
      overrun += other.overrun;
      budget =
          budget == null || (other.budget != null && other.budget > budget) ? other.budget : budget;
      worked.add(other.worked);
      return this;
    }

    List<Object> values() {
      return java.util.Arrays.asList(stepName, steps, overBudget, overrun, budget, worked.encode());
    }

    private static String greater(String a, String b) {
      return a == null || (b != null && b.compareTo(a) > 0) ? b : a;
    }
  }
}
