package vn.motcua.applicant.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.attachment.Attachments;
import vn.motcua.attachment.NewAttachment;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;

/**
 * The applicant's supplement sent online: the documents stored (checked by {@link Attachments}:
 * PDF, JPEG, PNG by content, 20 MB a file) and the dossier's "supplement" action taken, as the
 * staff's, attributed to the citizen, in one transaction: a refused file stores nothing and
 * supplements nothing.
 */
@Service
class OnlineSupplement {

  /** The kind under which the documents are stored ("BS": bổ sung). */
  static final String KIND = "BS";

  static final String KIND_NAME = "Tài liệu bổ sung (nộp trực tuyến)";
  static final int MAX_FILES = 10;
  static final int MAX_NOTE = 1000;

  private final SupplementLinks links;
  private final Attachments attachments;
  private final ApplicantDossiers dossiers;

  OnlineSupplement(SupplementLinks links, Attachments attachments, ApplicantDossiers dossiers) {
    this.links = links;
    this.attachments = attachments;
    this.dossiers = dossiers;
  }

  /** What was done: the dossier's status after, and how many documents were stored. */
  record Outcome(String code, DossierStatus status, int documents) {}

  @Transactional
  Outcome send(String code, String token, List<MultipartFile> files, String note) {
    DossierSummary d =
        links
            .open(code, token)
            .orElseThrow(SupplementProblems.SupplementLinkNotFoundException::new);
    if (d.status() != DossierStatus.AWAITING_SUPPLEMENT) {
      throw new SupplementProblems.NotAwaitingSupplementException(code);
    }
    List<MultipartFile> given =
        files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
    if (given.isEmpty() || given.size() > MAX_FILES) {
      throw new SupplementProblems.InvalidSupplementException("files", MAX_FILES);
    }
    if (note != null && note.length() > MAX_NOTE) {
      throw new SupplementProblems.InvalidSupplementException("note", MAX_NOTE);
    }
    String citizen = Citizens.of(d.applicant());
    for (MultipartFile file : given) {
      attachments.store(
          new NewAttachment(
              code,
              KIND,
              KIND_NAME,
              file.getOriginalFilename(),
              file.getContentType(),
              bytes(file),
              false,
              citizen));
    }
    dossiers.supplement(code, note == null || note.isBlank() ? null : note.strip(), citizen);
    DossierStatus after = dossiers.find(code).map(DossierSummary::status).orElse(d.status());
    return new Outcome(code, after, given.size());
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
