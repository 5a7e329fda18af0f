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
 * each took ({@link MinutesHistogram}). The transaction that completes a step appends one delta row
 * ({@code report_step_delta}), which {@link ReportCompactor} later folds into its day and month
 * rows. The delay analytics of a year read these rows, not four million steps.
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
  private final Clock clock;

  StepTotals(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
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

  /** Appends one step as a delta row; {@link ReportCompactor} folds it into its day and month. */
  void add(CompletedStep step) {
    jdbc.sql(
            "insert into report_step_delta (agency, local_day, procedure_key, activity_id,"
                + " unit_group, completed_by, step_name, steps, over_budget, overrun_minutes,"
                + " budget_minutes, worked) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            java.util.Arrays.asList(
                step.agency(),
                step.day(),
                step.procedure(),
                step.activity(),
                step.unit(),
                step.official(),
                step.stepName(),
                1L,
                step.overrun() > 0 ? 1L : 0L,
                step.overrun(),
                step.budget(),
                new MinutesHistogram().add(step.worked()).encode()))
        .update();
  }

  /**
   * Per grouping of the delay analytics, the sums of a period's rows: its whole months from the
   * month table, the days before and after them from the day table, and every step of the period
   * not compacted yet from the deltas, all in one statement (one snapshot), so that a compaction
   * committing meanwhile changes no figure.
   */
  Map<List<String>, Group> groups(
      List<String> scope, Period period, String procedure, DelayQuery.By by) {
    LocalDate from = period.from();
    LocalDate end = period.to().plusDays(1);
    LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate endOfMonths = end.withDayOfMonth(1);
    List<String> parts = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (firstMonth.isBefore(endOfMonths)) {
      part(parts, params, Span.DAY.table, "local_day", from, firstMonth);
      params.put("m0", Span.MONTH.of(firstMonth.toEpochDay()));
      params.put("m1", Span.MONTH.of(endOfMonths.toEpochDay()));
      parts.add(select(Span.MONTH.table, "local_month", "m0", "m1"));
      part(parts, params, Span.DAY.table, "local_day", endOfMonths, end);
    } else {
      part(parts, params, Span.DAY.table, "local_day", from, end);
    }
    part(parts, params, "report_step_delta", "local_day", from, end);
    params.put("agencies", scope);
    if (procedure != null) {
      params.put("procedure", procedure);
    }
    String where = procedure == null ? "" : " and procedure_key = :procedure";
    String sql =
        parts.stream().map(part -> part + where).collect(Collectors.joining(" union all "));
    Map<List<String>, Group> groups = new HashMap<>();
    jdbc.sql(sql)
        .params(params)
        .query(
            (ResultSet rs) -> {
              List<String> key =
                  switch (by) {
                    case STEP ->
                        List.of(rs.getString("procedure_key"), rs.getString("activity_id"));
                    case UNIT -> List.of(rs.getString("unit_group"));
                    case OFFICIAL -> List.of(rs.getString("completed_by"));
                    case AGENCY -> List.of(rs.getString("agency"));
                  };
              Group row = group(rs, 0);
              Group group = groups.computeIfAbsent(key, k -> Group.empty());
              group.add(row);
            });
    return groups;
  }

  private static void part(
      List<String> parts,
      Map<String, Object> params,
      String table,
      String column,
      LocalDate from,
      LocalDate to) {
    if (!from.isBefore(to)) {
      return;
    }
    String name = "d" + params.size();
    params.put(name + "a", from.toEpochDay());
    params.put(name + "b", to.toEpochDay());
    parts.add(select(table, column, name + "a", name + "b"));
  }

  private static String select(String table, String column, String from, String to) {
    return "select agency, procedure_key, activity_id, unit_group, completed_by, step_name,"
        + " steps, over_budget, overrun_minutes, budget_minutes, worked from "
        + table
        + " where agency in (:agencies) and "
        + column
        + " >= :"
        + from
        + " and "
        + column
        + " < :"
        + to;
  }

  static Group group(ResultSet rs, int n) throws SQLException {
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

    /** Adds another group's sums (a row of a totals table, or a delta). */
    void add(Group other) {
      add(other.stepName, other.steps, other.overBudget, other.overrun, other.budget);
      worked.add(other.worked);
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
