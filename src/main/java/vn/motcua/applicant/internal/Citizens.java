package vn.motcua.applicant.internal;

import vn.motcua.dossier.DossierSummary;

/**
 * Who a citizen acting through a dossier's secret link is in the dossier's history: {@code
 * citizen:<masked contact>}, the phone number's first three and last three digits ({@code
 * citizen:090****567}) or the e-mail's first letter and domain ({@code citizen:n***@gmail.com}),
 * enough for the agency to tell whose act it was without copying the contact into every record.
 */
final class Citizens {

  private Citizens() {}

  static String of(DossierSummary.Applicant applicant) {
    String phone = applicant.phone() == null ? "" : applicant.phone().replaceAll("[^0-9+]", "");
    if (phone.length() >= 7) {
      return "citizen:"
          + phone.substring(0, 3)
          + "*".repeat(phone.length() - 6)
          + phone.substring(phone.length() - 3);
    }
    String email = applicant.email() == null ? "" : applicant.email().strip();
    int at = email.indexOf('@');
    if (at > 0) {
      return "citizen:" + email.charAt(0) + "***" + email.substring(at);
    }
    return "citizen:unknown";
  }
}
