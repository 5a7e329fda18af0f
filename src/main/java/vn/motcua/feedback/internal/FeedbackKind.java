package vn.motcua.feedback.internal;

/** What the citizen writes: the kinds the public form offers. */
enum FeedbackKind {
  /** Phản ánh: something went wrong (delay, a document asked for that the law does not ask). */
  FEEDBACK,
  /** Kiến nghị: a proposal to change how a procedure is done. */
  PROPOSAL,
  /** Khiếu nại về thái độ: the conduct of an official (harassment, rudeness). */
  CONDUCT
}
