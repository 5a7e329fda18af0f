package vn.motcua.deadline.internal;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.StepDueDates;

/** {@link StepDueDates} on {@code dossier_step}: the due date moves, the paused time does not. */
@Component
class StepDueRecalculation implements StepDueDates {

  private final DeadlineStore store;

  StepDueRecalculation(DeadlineStore store) {
    this.store = store;
  }

  @Override
  public void recalculated(String taskId, Instant dueAt) {
    store.moveDue(taskId, dueAt, 0);
  }
}
