package vn.motcua.reception.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.attachment.Attachment;
import vn.motcua.attachment.Attachments;
import vn.motcua.attachment.NewAttachment;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.DeskReception;
import vn.motcua.dossier.DeskReception.Decision;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.security.CurrentOfficial;

/**
 * One intake at the desk, in one transaction: the dossier, the documents scanned at the desk
 * (digitised originals), then the decision. Any refusal rolls everything back.
 */
@Service
class DeskWork {

  /** A file handed in at the desk: its checklist kind, name, declared type and bytes. */
  record Upload(String kind, String fileName, String mediaType, byte[] content) {}

  /** A paper the applicant is given. */
  record PaperLink(String form, String title, String html, String pdf) {}

  /** The answer to {@code POST /api/reception}. */
  record Received(
      String code,
      DossierStatus status,
      Instant receivedAt,
      Instant dueAt,
      List<PaperLink> papers,
      List<Attachment> documents) {}

  private final DeskReception desk;
  private final Attachments attachments;
  private final CurrentOfficial official;
  private final MessageSource messages;
  private final ProcedureCatalogue catalogue;

  DeskWork(
      ProcedureCatalogue catalogue,
      DeskReception desk,
      Attachments attachments,
      CurrentOfficial official,
      MessageSource messages) {
    this.catalogue = catalogue;
    this.desk = desk;
    this.attachments = attachments;
    this.official = official;
    this.messages = messages;
  }

  @Transactional
  public Received receive(ReceptionRequest request, List<Upload> uploads) {
    DossierSummary taken = desk.takeIn(request.intake(), request.decision());
    Map<String, String> kindNames =
        request.checklist().stream()
            .collect(Collectors.toMap(ReceptionRequest.Marked::kind, m -> m.kind(), (a, b) -> a));
    List<Attachment> documents = new ArrayList<>();
    for (Upload upload : uploads) {
      if (!kindNames.containsKey(upload.kind())) {
        throw new ReceptionProblems.UnknownDocumentKindException(upload.kind());
      }
      documents.add(
          attachments.store(
              new NewAttachment(
                  taken.code(),
                  upload.kind(),
                  kindName(taken, upload.kind()),
                  upload.fileName(),
                  upload.mediaType(),
                  upload.content(),
                  true,
                  official.id())));
    }
    DossierSummary decided =
        desk.decide(taken.code(), request.decision(), request.reason(), !documents.isEmpty());
    return new Received(
        decided.code(),
        decided.status(),
        decided.receivedAt(),
        decided.dueAt(),
        papers(decided.code(), request.decision()),
        documents);
  }

  private String kindName(DossierSummary dossier, String kind) {
    return catalogue.ofDefinition(dossier.procedureDefinitionId()).checklist().stream()
        .filter(document -> document.kind().equals(kind))
        .map(Procedure.RequiredDocument::name)
        .findFirst()
        .orElse(kind);
  }

  private List<PaperLink> papers(String code, Decision decision) {
    String form =
        switch (decision) {
          case RECEIVE -> "01";
          case REQUEST_COMPLETION -> "02";
          case REFUSE -> "03";
        };
    Locale locale = LocaleContextHolder.getLocale();
    String base = "/api/dossiers/" + code + "/papers/" + form;
    return List.of(
        new PaperLink(
            form,
            messages.getMessage("reception.paper." + form, null, locale),
            base + "?format=html",
            base + "?format=pdf"));
  }
}
