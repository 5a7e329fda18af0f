package vn.motcua.rating.internal;

import vn.motcua.dossier.DossierOutcomes;

/**
 * Who a rating is attributed to: the applicant, as {@code citizen:<masked contact>} (the phone's
 * first three and last two digits, else the e-mail's first letter and domain, else the ID number's
 * last three digits), never the official whose tablet it was given on.
 */
final class ApplicantActor {

  private ApplicantActor() {}

  static String of(DossierOutcomes.Outcome d) {
    return "citizen:" + masked(d);
  }

  private static String masked(DossierOutcomes.Outcome d) {
    String phone = d.applicantPhone();
    if (phone != null && phone.strip().length() >= 6) {
      String p = phone.strip();
      return p.substring(0, 3) + "*".repeat(p.length() - 5) + p.substring(p.length() - 2);
    }
    String email = d.applicantEmail();
    if (email != null && email.indexOf('@') > 0) {
      return email.charAt(0) + "***" + email.substring(email.indexOf('@'));
    }
    String id = d.applicantIdNumber();
    return id == null || id.length() < 3 ? "***" : "*********" + id.substring(id.length() - 3);
  }
}
