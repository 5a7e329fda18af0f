package vn.motcua.applicant.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.documents.ApplicantPapers;
import vn.motcua.notification.NoticeAttachmentSource;

/**
 * The papers attached to applicants' e-mails, rendered when the e-mail is sent: {@code
 * paper:<dossierCode>:<kind>}. A paper the dossier no longer has (a receipt once refused) is left
 * out; the e-mail still links to the status page.
 */
@Component
class PaperAttachments implements NoticeAttachmentSource {

  private static final String PREFIX = "paper:";

  private final ApplicantPapers papers;

  PaperAttachments(ApplicantPapers papers) {
    this.papers = papers;
  }

  static String reference(String code, ApplicantPapers.Kind kind) {
    return PREFIX + code + ":" + kind.name();
  }

  @Override
  public Optional<byte[]> content(String reference) {
    if (!reference.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String rest = reference.substring(PREFIX.length());
    int colon = rest.lastIndexOf(':');
    if (colon < 1) {
      return Optional.empty();
    }
    ApplicantPapers.Kind kind;
    try {
      kind = ApplicantPapers.Kind.valueOf(rest.substring(colon + 1));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    return papers.pdf(rest.substring(0, colon), kind);
  }
}
