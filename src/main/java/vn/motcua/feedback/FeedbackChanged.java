package vn.motcua.feedback;

import java.time.Instant;

/**
 * Something happened to a citizen's feedback: {@code FEEDBACK_RECEIVED}, {@code
 * FEEDBACK_FORWARDED}, {@code FEEDBACK_WARNED}, {@code FEEDBACK_OVERDUE}, {@code
 * FEEDBACK_ESCALATED} or {@code FEEDBACK_ANSWERED}; by {@code actor} (an official's id, {@code
 * citizen:<masked contact>} or {@code system}), for the agency it is assigned to after the change;
 * {@code dossierCode} when it is about a dossier. Published in the transaction of the change, for
 * the audit trail. It carries no content: the text stays in the feedback's own table.
 */
public record FeedbackChanged(
    Instant at,
    String action,
    String feedbackCode,
    String actor,
    String agency,
    String status,
    String dossierCode,
    String reason) {}
