package vn.motcua.deadline;

import java.time.Instant;
import vn.motcua.calendar.WorkingCalendar;

/**
 * One step a dossier went through: who held it in which unit, its budget and due date, its flag,
 * and how many working minutes it ran over (for an open step: so far); for a step a deputy
 * completed under a delegation, the official they acted for. Paused time moves the due date and so
 * never counts as overrun.
 */
public record StepRecord(
    String taskId,
    String activityId,
    String stepName,
    String agency,
    String unitGroup,
    String assignee,
    Instant startedAt,
    Long budgetMinutes,
    Instant dueAt,
    long pausedMinutes,
    Flag flag,
    Instant completedAt,
    String completedBy,
    long overrunMinutes,
    String onBehalfOf) {

  /**
   * The task-local variable naming the official a deputy holds a step for under a delegation (ủy
   * quyền); copied to {@link #onBehalfOf()} when the step is completed.
   */
  public static final String ON_BEHALF_OF_VARIABLE = "onBehalfOf";

  /**
   * The working minutes beyond the budget from the start until {@code end}, less the paused time; 0
   * for a step without a budget.
   */
  public long overrunAt(WorkingCalendar calendar, Instant end) {
    if (budgetMinutes == null || end == null) {
      return 0;
    }
    return overrunOf(workedAt(calendar, end));
  }

  /** The working minutes from the start until {@code end}, less the paused time. */
  public long workedAt(WorkingCalendar calendar, Instant end) {
    return Math.max(0, calendar.workingMinutesBetween(startedAt, end) - pausedMinutes);
  }

  /** The working minutes of {@code worked} beyond the budget; 0 for a step without a budget. */
  public long overrunOf(long worked) {
    return budgetMinutes == null ? 0 : Math.max(0, worked - budgetMinutes);
  }

  public boolean overBudget() {
    return overrunMinutes > 0;
  }
}
