package vn.motcua.feedback.internal;

/**
 * A citizen's feedback as the public API and form send it (every field text, checked by {@link
 * FeedbackValidation}).
 *
 * @param about {@code DOSSIER}, {@code PROCEDURE} or {@code AGENCY}
 * @param dossierCode for a dossier: its code
 * @param proof for a dossier: the receipt's verification token or the last 4 digits of the ID
 * @param procedure for a procedure: its key in the catalogue
 * @param agency for a procedure or an agency: the agency's code
 * @param kind {@code FEEDBACK} (phản ánh), {@code PROPOSAL} (kiến nghị), {@code CONDUCT}
 * @param content the text, at most 4000 characters
 */
record FeedbackRequest(
    String about,
    String dossierCode,
    String proof,
    String procedure,
    String agency,
    String kind,
    String content,
    String senderName,
    String email,
    String phone) {

  static FeedbackRequest empty() {
    return new FeedbackRequest(
        "DOSSIER", null, null, null, null, "FEEDBACK", null, null, null, null);
  }
}
