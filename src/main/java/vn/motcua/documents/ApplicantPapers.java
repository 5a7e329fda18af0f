package vn.motcua.documents;

import java.util.Optional;

/**
 * The papers a dossier's applicant is sent with a notice, as PDF files: rendered and issued
 * (numbered the first time) as when an official prints them, but without an official's access rule,
 * for the notices to the applicant's own address.
 */
public interface ApplicantPapers {

  /** The papers an applicant is sent (Circular 03/2025/TT-VPCP, Annex I, forms 01–04). */
  enum Kind {
    /** Form 01: receipt and appointment. */
    RECEIPT,
    /** Form 02: what to supplement. */
    SUPPLEMENT_REQUEST,
    /** Form 03: refusal. */
    REFUSAL,
    /** Form 04: apology and new appointment. */
    EXTENSION_REQUEST
  }

  /** The paper's PDF, or empty when the dossier does not exist or has no such paper now. */
  Optional<byte[]> pdf(String dossierCode, Kind kind);

  /** The paper's form number as the province prints it (01 by default for the receipt). */
  String formNumber(Kind kind);
}
