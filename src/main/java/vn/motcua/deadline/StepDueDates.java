package vn.motcua.deadline;

import java.time.Instant;

/**
 * Due dates of open steps that move for a reason other than a paused clock, e.g. a changed holiday
 * announcement: the step keeps its budget and its paused time, only its due date moves.
 */
public interface StepDueDates {

  /**
   * Records {@code dueAt} as the open step's due date, before the engine task is saved with it, so
   * that the task's update is not taken for paused time.
   */
  void recalculated(String taskId, Instant dueAt);
}
