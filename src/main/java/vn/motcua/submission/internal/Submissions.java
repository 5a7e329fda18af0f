package vn.motcua.submission.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.attachment.Attachment;
import vn.motcua.attachment.Attachments;
import vn.motcua.attachment.NewAttachment;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.OnlineSubmissions;
import vn.motcua.dossier.StatusLinks;

/**
 * An online submission in one transaction: the proof of the contact, the procedure and the desk,
 * the duplicate check, the dossier (status SUBMITTED, through {@link OnlineSubmissions}, which
 * checks the data against the start form), its scans and its fingerprint. Any refusal rolls
 * everything back: a refused submission stores nothing.
 */
@Service
class Submissions {

  /** A file the applicant uploads: its checklist kind, name, declared type and bytes. */
  record Upload(String kind, String fileName, String mediaType, byte[] content) {}

  /** The answer to {@code POST /api/public/submissions}. */
  record Submitted(
      String code,
      DossierStatus status,
      Instant submittedAt,
      String statusToken,
      String statusUrl,
      String acknowledgementUrl,
      String qrUrl,
      List<Attachment> documents) {}

  private final ProofTokens proofs;
  private final ProcedureCatalogue catalogue;
  private final FilingAgencies filing;
  private final Duplicates duplicates;
  private final OnlineSubmissions online;
  private final Attachments attachments;
  private final StatusLinks links;
  private final Secrets secrets;

  Submissions(
      ProofTokens proofs,
      ProcedureCatalogue catalogue,
      FilingAgencies filing,
      Duplicates duplicates,
      OnlineSubmissions online,
      Attachments attachments,
      StatusLinks links,
      Secrets secrets) {
    this.proofs = proofs;
    this.catalogue = catalogue;
    this.filing = filing;
    this.duplicates = duplicates;
    this.online = online;
    this.attachments = attachments;
    this.links = links;
    this.secrets = secrets;
  }

  @Transactional
  public Submitted submit(SubmissionRequest request, List<Upload> uploads) {
    if (request.proof() == null || request.proof().isBlank()) {
      throw new SubmissionProblems.ProofMissingException();
    }
    ProofTokens.Proof proof =
        proofs.verify(request.proof()).orElseThrow(SubmissionProblems.ProofInvalidException::new);
    var applicant = request.applicant().summary();
    if (!proof.address().equals(Contacts.normal(Contacts.Channel.EMAIL, applicant.email()))
        && !proof.address().equals(Contacts.normal(Contacts.Channel.SMS, applicant.phone()))) {
      throw new SubmissionProblems.ContactNotProvedException();
    }
    Procedure procedure =
        catalogue
            .latest(request.procedure())
            .filter(p -> p.code() != null)
            .orElseThrow(
                () -> new SubmissionProblems.UnknownProcedureException(request.procedure()));
    if (!filing.receives(procedure, request.agency())) {
      throw new SubmissionProblems.AgencyNotOfferedException(request.agency());
    }
    List<String> kinds =
        procedure.checklist().stream().map(Procedure.RequiredDocument::kind).toList();
    List<String> documentHashes = new ArrayList<>();
    for (Upload upload : uploads) {
      if (!kinds.contains(upload.kind())) {
        throw new SubmissionProblems.UnknownDocumentKindException(upload.kind());
      }
      documentHashes.add(upload.kind() + ":" + Duplicates.sha256(upload.content()));
    }
    String content = duplicates.contentHash(request.data(), documentHashes);
    String contact = secrets.hash(proof.address());
    duplicates
        .earlier(applicant.idNumber(), procedure.key(), content)
        .ifPresent(
            earlier -> {
              throw new SubmissionProblems.DuplicateException(
                  Secrets.same(earlier.contactHash(), contact) ? earlier.code() : null);
            });
    String citizen = "citizen:" + Contacts.masked(proof.address());
    OnlineSubmissions.Submitted dossier =
        online.submit(
            new OnlineSubmissions.OnlineIntake(
                procedure.key(), request.agency(), applicant, request.data(), request.commune()),
            citizen);
    List<Attachment> documents = new ArrayList<>();
    for (Upload upload : uploads) {
      documents.add(
          attachments.store(
              new NewAttachment(
                  dossier.code(),
                  upload.kind(),
                  kindName(procedure, upload.kind()),
                  upload.fileName(),
                  upload.mediaType(),
                  upload.content(),
                  false,
                  citizen)));
    }
    duplicates.record(
        dossier.code(),
        applicant.idNumber(),
        procedure.key(),
        dossier.receivingAgency(),
        content,
        contact,
        dossier.submittedAt());
    String token = links.token(dossier.code());
    String query = "?t=" + token;
    return new Submitted(
        dossier.code(),
        dossier.status(),
        dossier.submittedAt(),
        token,
        "/status/" + dossier.code() + query,
        "/public/submissions/" + dossier.code() + query,
        "/public/submissions/" + dossier.code() + "/qr.png" + query,
        documents);
  }

  private static String kindName(Procedure procedure, String kind) {
    return procedure.checklist().stream()
        .filter(d -> d.kind().equals(kind))
        .map(Procedure.RequiredDocument::name)
        .findFirst()
        .orElse(kind);
  }
}
