package vn.motcua.feedback.internal;

import java.time.Instant;

/** A feedback as stored in the {@code feedback} table. */
record Feedback(
    String code,
    String tokenHash,
    SubjectType subjectType,
    String dossierCode,
    String procedureKey,
    FeedbackKind kind,
    String content,
    String senderName,
    String senderEmail,
    String senderPhone,
    String sender,
    String agency,
    FeedbackStatus status,
    Instant receivedAt,
    Instant assignedAt,
    Instant dueAt,
    Instant warnedAt,
    Instant overdueAt,
    Instant escalatedAt,
    String answer,
    String answeredBy,
    Instant answeredAt,
    int forwards,
    String processInstanceId) {

  boolean overdue() {
    return overdueAt != null;
  }
}
