package vn.motcua.deadline;

import java.time.Instant;

/**
 * One step a dossier went through: who held it in which unit, its budget and due date, its flag,
 * and how many working minutes it ran over (for an open step: so far). Paused time moves the due
 * date and so never counts as overrun.
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
    Flag flag,
    Instant completedAt,
    String completedBy,
    long overrunMinutes) {

  public boolean overBudget() {
    return overrunMinutes > 0;
  }
}
