package vn.motcua.deadline;

import java.time.Instant;
import java.util.List;

/**
 * The open steps of a process instance just migrated to another version of its procedure (studio
 * migration): each step keeps its start, its paused time and the rungs it reached, and gets its due
 * date and its one pending ladder timer recomputed on the new version's budget and ladder settings,
 * from the step's own start. Runs in the migration's transaction.
 */
public interface MigratedSteps {

  /**
   * Realigns every open step of {@code processInstanceId}; {@code clockPaused} says whether the
   * dossier's legal clock stands still now (the recomputed timer is then held, as the pause holds
   * every timer of the legal time).
   */
  List<RealignedStep> realign(String processInstanceId, boolean clockPaused);

  /**
   * One realigned step: its due date on the new budget, and the next rung it has not reached yet
   * with that rung's instant (null when it reached them all); {@code held} when its timer waits for
   * the paused clock.
   */
  record RealignedStep(
      String taskId,
      String activityId,
      Instant startedAt,
      Long budgetMinutes,
      Instant dueAt,
      Rung nextRung,
      Instant nextRungAt,
      boolean held) {}
}
