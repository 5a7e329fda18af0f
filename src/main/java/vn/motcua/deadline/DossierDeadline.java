package vn.motcua.deadline;

import java.util.List;

/**
 * A dossier's standing against its deadlines: its flag, whether it was ever late, each step, and
 * the steps that ran over their budget (the attribution of a late dossier).
 */
public record DossierDeadline(Flag flag, boolean late, List<StepRecord> steps) {

  /** The steps that consumed more than their budget, in the order they started. */
  public List<StepRecord> overBudget() {
    return steps.stream().filter(StepRecord::overBudget).toList();
  }
}
