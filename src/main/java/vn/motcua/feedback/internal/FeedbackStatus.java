package vn.motcua.feedback.internal;

/**
 * RECEIVED (stored) → ASSIGNED (the agency's task is open) → ANSWERED; FORWARDED when an agency
 * passed it to another one with a reason (the other agency's task is open; it still awaits an
 * answer).
 */
enum FeedbackStatus {
  RECEIVED,
  ASSIGNED,
  FORWARDED,
  ANSWERED;

  boolean isOpen() {
    return this != ANSWERED;
  }
}
