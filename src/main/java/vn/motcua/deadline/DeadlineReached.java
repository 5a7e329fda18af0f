package vn.motcua.deadline;

import java.time.Instant;

/**
 * A step or a dossier reached a rung of the escalation ladder ({@code StepSoonDue}, {@code
 * StepOverdue}, {@code DossierEscalated}, {@code DossierSoonDue}, {@code DossierOverdue}, {@code
 * ApologyDue}). Published once per task (or dossier) and rung, in the transaction that records it.
 *
 * @param taskId the user task, or null for the dossier's own rungs
 * @param holder the official holding the task, null while nobody has claimed it
 * @param lateMinutes working minutes past the due date (0 before it)
 * @param escalatedTo the group the step was escalated to, for {@code DossierEscalated}
 */
public record DeadlineReached(
    String dossierCode,
    String kind,
    Rung rung,
    Instant at,
    String taskId,
    String activityId,
    String stepName,
    String agency,
    String unitGroup,
    String holder,
    long lateMinutes,
    String escalatedTo) {}
