package vn.motcua.applicant.internal;

import vn.motcua.documents.ApplicantPapers;

/**
 * The legal moments at which the applicant is told, each with the paper its e-mail carries
 * (Circular 03/2025/TT-VPCP, Annex I) and the part of its dedup key.
 */
enum Moment {
  /** An online submission arrived; the desk accepts it or not (Decree 118/2025 Art. 17(2)(c)). */
  SUBMITTED(null),
  /** The dossier was received (at the counter) or accepted (online): receipt 01. */
  RECEIVED(ApplicantPapers.Kind.RECEIPT),
  /** Form 02: what to add or fix (Decree 118/2025 Art. 19(5)). */
  SUPPLEMENTATION_REQUESTED(ApplicantPapers.Kind.SUPPLEMENT_REQUEST),
  /** Form 04: the apology and the new appointment (Decree 118/2025 Art. 19(6)). */
  EXTENDED(ApplicantPapers.Kind.EXTENSION_REQUEST),
  /** Form 03: refused at reception, or not resolved after appraisal (REJECTED). */
  REFUSED(ApplicantPapers.Kind.REFUSAL),
  /** The result waits at the desk. */
  RESULT_READY(null),
  /** The result was handed over: the link to rate the service (Decision 766/QĐ-TTg). */
  RETURNED(null);

  private final ApplicantPapers.Kind paper;

  Moment(ApplicantPapers.Kind paper) {
    this.paper = paper;
  }

  /** The paper attached to the e-mail, or null. */
  ApplicantPapers.Kind paper() {
    return paper;
  }
}
