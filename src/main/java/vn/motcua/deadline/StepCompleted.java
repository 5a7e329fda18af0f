package vn.motcua.deadline;

import java.time.Instant;

/**
 * A civil servant completed a step (user task) of a dossier, in the transaction that completed it;
 * {@code onBehalfOf} names the official a deputy acted for under a delegation, else null.
 */
public record StepCompleted(
    String dossierCode,
    String taskId,
    String activityId,
    String stepName,
    String completedBy,
    String onBehalfOf,
    Instant at) {}
