package vn.motcua.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

  /** A totals table: by local day, or by month (whole months of a period are read from it). */
  enum Span {
    DAY("report_step_day", "local_day"),
    MONTH("report_step_month", "local_month");

    final String table;
    final List<String> keys;

    Span(String table, String column) {
      this.table = table;
      this.keys =
          List.of("agency", column, "procedure_key", "activity_id", "unit_group", "completed_by");
    }

    /** The step's day, or its month counted from January 1970. */
    long of(long day) {
      if (this == DAY) {
        return day;
      }
      LocalDate date = LocalDate.ofEpochDay(day);
      return (date.getYear() - 1970L) * 12 + date.getMonthValue() - 1;
    }
  }

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

    List<Object> key(Span span) {
      return List.of(agency, span.of(day), procedure, activity, unit, official);
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

  /** Adds one step to its day and its month. */
  void add(CompletedStep step) {
    add(Span.DAY, step);
    add(Span.MONTH, step);
  }

  /** Creates the step's row if need be, then updates it under the row's lock. */
  private void add(Span span, CompletedStep step) {
    List<Object> key = step.key(span);
    rows.ensure(span.table, span.keys, key);
    String where = span.keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
    Group group =
        jdbc.sql("select * from " + span.table + " where " + where + " for update")
            .params(key)
            .query(StepTotals::group)
            .single();
    group.add(step);
    List<Object> params = new ArrayList<>(group.values());
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

  /**
   * Per grouping of the delay analytics, the sums of a period's rows: its whole months from the
   * month table, the days before and after them from the day table.
   */
  Map<List<String>, Group> groups(
      List<String> scope, Period period, String procedure, DelayQuery.By by) {
    Map<List<String>, Group> groups = new HashMap<>();
    LocalDate from = period.from();
    LocalDate end = period.to().plusDays(1);
    LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate endOfMonths = end.withDayOfMonth(1);
    if (firstMonth.isBefore(endOfMonths)) {
      sum(Span.DAY, from.toEpochDay(), firstMonth.toEpochDay(), scope, procedure, by, groups);
      sum(
          Span.MONTH,
          Span.MONTH.of(firstMonth.toEpochDay()),
          Span.MONTH.of(endOfMonths.toEpochDay()),
          scope,
          procedure,
          by,
          groups);
      sum(Span.DAY, endOfMonths.toEpochDay(), end.toEpochDay(), scope, procedure, by, groups);
    } else {
      sum(Span.DAY, from.toEpochDay(), end.toEpochDay(), scope, procedure, by, groups);
    }
    return groups;
  }

  private void sum(
      Span span,
      long from,
      long to,
      List<String> scope,
      String procedure,
      DelayQuery.By by,
      Map<List<String>, Group> groups) {
    if (from >= to) {
      return;
    }
    String column = span.keys.get(1);
    var statement =
        jdbc.sql(
                "select * from "
                    + span.table
                    + " where agency in (:agencies) and "
                    + column
                    + " >= :from and "
                    + column
                    + " < :to"
                    + (procedure == null ? "" : " and procedure_key = :procedure"))
            .param("agencies", scope)
            .param("from", from)
            .param("to", to);
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    statement.query(
        (ResultSet rs) -> {
          List<String> key =
              switch (by) {
                case STEP -> List.of(rs.getString("procedure_key"), rs.getString("activity_id"));
                case UNIT -> List.of(rs.getString("unit_group"));
                case OFFICIAL -> List.of(rs.getString("completed_by"));
                case AGENCY -> List.of(rs.getString("agency"));
              };
          Group group = groups.computeIfAbsent(key, k -> Group.empty());
          long budget = rs.getLong("budget_minutes");
          Long budgetMinutes = rs.wasNull() ? null : budget;
          group.add(
              rs.getString("step_name"),
              rs.getLong("steps"),
              rs.getLong("over_budget"),
              rs.getLong("overrun_minutes"),
              budgetMinutes);
          group.worked.addEncoded(rs.getString("worked"));
        });
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
      add(step.stepName(), 1, step.overrun() > 0 ? 1 : 0, step.overrun(), step.budget());
      worked.add(step.worked());
    }

    void add(String stepName, long steps, long overBudget, long overrun, Long budget) {
      this.stepName = greater(this.stepName, stepName);
      this.steps += steps;
      this.overBudget += overBudget;
      this.overrun += overrun;
      if (this.budget == null || (budget != null && budget > this.budget)) {
        this.budget = budget;
      }
    }

    List<Object> values() {
      return java.util.Arrays.asList(stepName, steps, overBudget, overrun, budget, worked.encode());
    }

    private static String greater(String a, String b) {
      return a == null || (b != null && b.compareTo(a) > 0) ? b : a;
    }
  }
}
