package vn.motcua.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.deadline.DeadlineReached;
import vn.motcua.deadline.Flag;
import vn.motcua.deadline.StepRecord;

/**
 * The deadline tables: {@code dossier_deadline} (a dossier's flag), {@code dossier_step} (each
 * step, its holder, due date and overrun) and {@code deadline_event} (each rung reached, once).
 * Every write runs in the caller's transaction, which inside the engine is the job's or the
 * command's: a rolled-back job leaves nothing behind.
 */
@Repository
class DeadlineStore {

  static final String DOSSIER_KEY = "dossier";

  private final JdbcClient jdbc;

  DeadlineStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The dossier's applicant by name, for notices (null for an unknown dossier). */
  String applicant(String code) {
    return jdbc.sql("select applicant_full_name from dossier where code = ?")
        .param(code)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  boolean dossierExists(String code) {
    return code != null
        && jdbc.sql("select count(*) from dossier where code = ?")
                .param(code)
                .query(Long.class)
                .single()
            > 0;
  }

  /**
   * Records that a rung was reached; false when it already was (a replayed or duplicated timer),
   * and then the caller does nothing more.
   */
  boolean record(DeadlineReached e) {
    String taskKey = e.taskId() == null ? DOSSIER_KEY : e.taskId();
    try {
      int rows =
          jdbc.sql(
                  "insert into deadline_event (dossier_code, task_key, rung, kind, at, activity_id,"
                      + " step_name, agency, unit_group, holder, late_minutes, escalated_to)"
                      + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from"
                      + " deadline_event where dossier_code = ? and task_key = ? and rung = ?)")
              .params(
                  e.dossierCode(),
                  taskKey,
                  e.rung().name(),
                  e.kind(),
                  utc(e.at()),
                  e.activityId(),
                  e.stepName(),
                  e.agency(),
                  e.unitGroup(),
                  e.holder(),
                  e.lateMinutes(),
                  e.escalatedTo(),
                  e.dossierCode(),
                  taskKey,
                  e.rung().name())
              .update();
      return rows == 1;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  long eventId(String code, String taskKey, String rung) {
    return jdbc.sql(
            "select id from deadline_event where dossier_code = ? and task_key = ? and rung = ?")
        .params(code, taskKey, rung)
        .query(Long.class)
        .single();
  }

  /** The dossier's process started: it is on time. */
  void startDossier(String code, Instant at) {
    jdbc.sql(
            "insert into dossier_deadline (dossier_code, flag, late, flagged_at)"
                + " select ?, 'ON_TIME', false, ? where not exists"
                + " (select 1 from dossier_deadline where dossier_code = ?)")
        .params(code, utc(at), code)
        .update();
  }

  /**
   * Raises the dossier's flag to {@code flag} (never lowers it); OVERDUE marks it late. The row
   * lock of the update orders two nodes raising the same dossier.
   */
  void raiseDossier(String code, Flag flag, Instant at) {
    startDossier(code, at);
    String lower = flag == Flag.OVERDUE ? "('ON_TIME', 'SOON_DUE')" : "('ON_TIME')";
    jdbc.sql(
            "update dossier_deadline set flag = ?, late = (late or ?), flagged_at = ?"
                + " where dossier_code = ? and flag in "
                + lower)
        .params(flag.name(), flag == Flag.OVERDUE, utc(at), code)
        .update();
  }

  /**
   * The dossier is finished: a SOON_DUE flag clears; finishing after the legal due date makes it
   * late even when the overdue timer has not fired yet.
   */
  void finishDossier(String code, boolean pastDue, Instant at) {
    if (pastDue) {
      raiseDossier(code, Flag.OVERDUE, at);
    } else {
      jdbc.sql(
              "update dossier_deadline set flag = 'ON_TIME', flagged_at = ? where dossier_code = ?"
                  + " and flag = 'SOON_DUE'")
          .params(utc(at), code)
          .update();
    }
  }

  Optional<Flag> dossierFlag(String code) {
    return jdbc.sql("select flag from dossier_deadline where dossier_code = ?")
        .param(code)
        .query(String.class)
        .optional()
        .map(Flag::valueOf);
  }

  boolean late(String code) {
    return jdbc.sql("select late from dossier_deadline where dossier_code = ?")
        .param(code)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  void startStep(StepRecord step, String dossierCode) {
    jdbc.sql(
            "insert into dossier_step (task_id, dossier_code, activity_id, step_name, agency,"
                + " unit_group, assignee, started_at, budget_minutes, due_at, paused_minutes, flag)"
                + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ? where not exists"
                + " (select 1 from dossier_step where task_id = ?)")
        .params(
            step.taskId(),
            dossierCode,
            step.activityId(),
            step.stepName(),
            step.agency(),
            step.unitGroup(),
            step.assignee(),
            utc(step.startedAt()),
            step.budgetMinutes(),
            utc(step.dueAt()),
            step.flag().name(),
            step.taskId())
        .update();
  }

  void assign(String taskId, String assignee) {
    jdbc.sql("update dossier_step set assignee = ? where task_id = ?")
        .params(assignee, taskId)
        .update();
  }

  /** An open step's due date moved by {@code pausedMinutes} (a paused clock resumed). */
  void moveDue(String taskId, Instant dueAt, long pausedMinutes) {
    jdbc.sql(
            "update dossier_step set due_at = ?, paused_minutes = paused_minutes + ?"
                + " where task_id = ? and completed_at is null")
        .params(utc(dueAt), pausedMinutes, taskId)
        .update();
  }

  /**
   * An open step now runs on another version of its procedure (studio migration): its element,
   * name, budget and due date follow the new version; its start, holder, paused time and flag stay.
   */
  void migrateStep(
      String taskId, String activityId, String stepName, Long budgetMinutes, Instant dueAt) {
    jdbc.sql(
            "update dossier_step set activity_id = ?, step_name = ?, budget_minutes = ?, due_at = ?"
                + " where task_id = ? and completed_at is null")
        .params(activityId, stepName, budgetMinutes, utc(dueAt), taskId)
        .update();
  }

  /** The rungs the step of {@code taskId} has reached. */
  java.util.Set<String> reachedRungs(String code, String taskId) {
    return new java.util.HashSet<>(
        jdbc.sql("select rung from deadline_event where dossier_code = ? and task_key = ?")
            .params(code, taskId)
            .query(String.class)
            .list());
  }

  Optional<StepRecord> step(String taskId) {
    return jdbc.sql("select * from dossier_step where task_id = ?")
        .param(taskId)
        .query(DeadlineStore::step)
        .optional();
  }

  void raiseStep(String taskId, Flag flag) {
    jdbc.sql(
            "update dossier_step set flag = ? where task_id = ? and (flag = 'ON_TIME' or ? ="
                + " 'OVERDUE')")
        .params(flag.name(), taskId, flag.name())
        .update();
  }

  /** The working minutes a step took (paused time excluded) and those beyond its budget. */
  record Spent(long workedMinutes, long overrunMinutes) {}

  /**
   * Closes a step: its final due date (moved by pauses), who finished it, the working minutes it
   * took and those it ran over. An overdue step stays OVERDUE; a soon-due step finished in time
   * clears.
   */
  void finishStep(
      String taskId,
      Instant at,
      String by,
      String onBehalfOf,
      Instant dueAt,
      Spent spent,
      Flag flag) {
    jdbc.sql(
            "update dossier_step set completed_at = ?, completed_by = ?, on_behalf_of = ?,"
                + " due_at = ?, worked_minutes = ?, overrun_minutes = ?, flag = ?"
                + " where task_id = ? and completed_at is null")
        .params(
            utc(at),
            by,
            onBehalfOf,
            utc(dueAt),
            spent.workedMinutes(),
            spent.overrunMinutes(),
            flag.name(),
            taskId)
        .update();
  }

  Optional<Flag> stepFlag(String taskId) {
    return jdbc.sql("select flag from dossier_step where task_id = ?")
        .param(taskId)
        .query(String.class)
        .optional()
        .map(Flag::valueOf);
  }

  List<StepRecord> steps(String code) {
    return jdbc.sql(
            "select * from dossier_step where dossier_code = ? order by started_at, task_id")
        .param(code)
        .query(DeadlineStore::step)
        .list();
  }

  private static StepRecord step(ResultSet rs, int row) throws SQLException {
    long budget = rs.getLong("budget_minutes");
    Long budgetMinutes = rs.wasNull() ? null : budget;
    return new StepRecord(
        rs.getString("task_id"),
        rs.getString("activity_id"),
        rs.getString("step_name"),
        rs.getString("agency"),
        rs.getString("unit_group"),
        rs.getString("assignee"),
        instant(rs, "started_at"),
        budgetMinutes,
        instant(rs, "due_at"),
        rs.getLong("paused_minutes"),
        Flag.valueOf(rs.getString("flag")),
        instant(rs, "completed_at"),
        rs.getString("completed_by"),
        rs.getLong("overrun_minutes"),
        rs.getString("on_behalf_of"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
