package vn.motcua.feedback.internal;

/** What a feedback is about. */
enum SubjectType {
  DOSSIER,
  PROCEDURE,
  AGENCY
}
