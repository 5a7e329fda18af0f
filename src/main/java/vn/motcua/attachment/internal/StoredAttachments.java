package vn.motcua.attachment.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.attachment.Attachment;
import vn.motcua.attachment.Attachments;
import vn.motcua.attachment.DocumentAdded;
import vn.motcua.attachment.NewAttachment;

/**
 * Checks, hashes and keeps documents: metadata in {@code attachment}, bytes in the profile's {@link
 * DocumentStore}, and {@link DocumentAdded} for the audit trail, all in the caller's transaction.
 * Every check runs before anything is written.
 */
@Component
class StoredAttachments implements Attachments {

  private static final Pattern KIND = Pattern.compile("[A-Za-z0-9._-]{1,32}");
  private static final int MAX_KIND_NAME = 500;

  private final AttachmentRows rows;
  private final DocumentStore store;
  private final ContentTypes types;
  private final AttachmentSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StoredAttachments(
      AttachmentRows rows,
      DocumentStore store,
      ContentTypes types,
      AttachmentSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.store = store;
    this.types = types;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Attachment store(NewAttachment document) {
    Attachment attachment = check(document);
    rows.insert(attachment);
    store.put(attachment.id(), document.content());
    events.publishEvent(
        new DocumentAdded(
            attachment.dossierCode(),
            attachment.id(),
            attachment.kind(),
            attachment.fileName(),
            attachment.sha256(),
            attachment.size(),
            attachment.uploadedBy(),
            attachment.uploadedAt()));
    return attachment;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Attachment> of(String dossierCode) {
    return rows.of(dossierCode);
  }

  /** The document's metadata and bytes, if it belongs to this dossier (no access check). */
  @Transactional(readOnly = true)
  Optional<StoredDocument> read(String dossierCode, UUID id) {
    return rows.find(dossierCode, id)
        .map(attachment -> new StoredDocument(attachment, store.read(id)))
        .filter(found -> found.content() != null);
  }

  /** A stored document with its bytes. */
  record StoredDocument(Attachment attachment, byte[] content) {}

  private Attachment check(NewAttachment d) {
    if (d.dossierCode() == null || d.dossierCode().isBlank() || d.dossierCode().length() > 64) {
      throw AttachmentProblems.invalid("dossierCode");
    }
    if (d.kind() == null || !KIND.matcher(d.kind()).matches()) {
      throw AttachmentProblems.invalid("kind");
    }
    String kindName = d.kindName() == null ? null : FileNames.text(d.kindName());
    if (kindName != null && kindName.length() > MAX_KIND_NAME) {
      throw AttachmentProblems.invalid("kindName");
    }
    if (d.uploadedBy() == null || d.uploadedBy().isBlank()) {
      throw AttachmentProblems.invalid("uploadedBy");
    }
    String fileName = FileNames.clean(d.fileName());
    if (fileName.isEmpty()) {
      throw AttachmentProblems.invalid("fileName");
    }
    byte[] content = d.content() == null ? new byte[0] : d.content();
    if (content.length > settings.maxFileSize().toBytes()) {
      throw AttachmentProblems.tooLarge(fileName, settings.maxFileSize().toMegabytes());
    }
    if (content.length == 0) {
      throw AttachmentProblems.empty(fileName);
    }
    String mediaType = types.check(fileName, d.declaredMediaType(), content);
    return new Attachment(
        UUID.randomUUID(),
        d.dossierCode(),
        d.kind(),
        kindName == null || kindName.isEmpty() ? null : kindName,
        fileName,
        mediaType,
        content.length,
        sha256(content),
        d.uploadedBy(),
        clock.instant(),
        d.digitisedOriginal());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
