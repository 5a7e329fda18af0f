package vn.motcua.attachment;

import java.util.List;

/** The scanned documents of dossiers, for other modules. */
public interface Attachments {

  /**
   * Checks the document's type by its content (PDF, JPEG, PNG only, agreeing with its name and
   * declared type) and its size (20 MB a file), computes its SHA-256, stores it and publishes
   * {@link DocumentAdded}, in the caller's transaction.
   *
   * @throws org.springframework.web.ErrorResponseException a 415, 413 or 422 problem, nothing
   *     stored
   */
  Attachment store(NewAttachment document);

  /** The metadata of the dossier's documents, oldest first; no access check (callers check). */
  List<Attachment> of(String dossierCode);
}
