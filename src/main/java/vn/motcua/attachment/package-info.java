/**
 * Attachments: the scanned documents of a dossier (PDF, JPEG, PNG), checked by content, hashed with
 * SHA-256 and kept in one store (PostgreSQL on the {@code postgres} profile, files under {@code
 * ./data/documents} on the demo profile); uploaded by the desk or any step's staff, read by whoever
 * may read the dossier. Each upload is announced as {@link vn.motcua.attachment.DocumentAdded} for
 * the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachment")
package vn.motcua.attachment;
