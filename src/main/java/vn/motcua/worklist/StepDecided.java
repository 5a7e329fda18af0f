package vn.motcua.worklist;

import java.time.Instant;

/**
 * A step was completed with a decision on its form (an editable choice field, e.g. {@code
 * approvalDecision = REJECT}) by {@code decidedBy}: published in the transaction of the completion,
 * one per decision, for the dossier's audit trail; with the labels the form shows for the field and
 * for the value chosen.
 */
public record StepDecided(
    String dossierCode,
    String taskId,
    String step,
    String decision,
    String value,
    String decidedBy,
    Instant at,
    String decisionLabel,
    String valueLabel) {}
