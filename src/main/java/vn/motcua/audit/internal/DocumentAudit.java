package vn.motcua.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.attachment.DocumentAdded;

/**
 * Audits each document added to a dossier (subject {@code DOSSIER}, its status carried over) with
 * what identifies the bytes: kind, file name, size and SHA-256. Synchronous: the entry joins the
 * upload's transaction.
 */
@Component
class DocumentAudit {

  private final AuditAppender trail;
  private final AuditDetails details;

  DocumentAudit(AuditAppender trail, AuditDetails details) {
    this.trail = trail;
    this.details = details;
  }

  @EventListener
  void on(DocumentAdded e) {
    trail.append(
        AuditDraft.of(
                e.at(), e.uploadedBy(), "DOCUMENT_ADDED", DossierAudit.DOSSIER, e.dossierCode())
            .dossier(e.dossierCode())
            .detail(
                details.of(
                    "documentId", e.id().toString(),
                    "kind", e.kind(),
                    "fileName", e.fileName(),
                    "size", e.size(),
                    "sha256", e.sha256())));
  }
}
