package vn.motcua.worklist;

import java.time.Instant;

/**
 * A civil servant acted on a step from the worklist: {@code CLAIMED}, {@code UNCLAIMED}, {@code
 * TRANSFERRED} (to {@code target}) or {@code RETURNED} (to the earlier step {@code target}), with
 * the reason given. Published in the transaction of the action, for the dossier's history.
 */
public record StepActionTaken(
    String dossierCode,
    String taskId,
    String step,
    String action,
    String actor,
    String reason,
    String target,
    Instant at) {}
