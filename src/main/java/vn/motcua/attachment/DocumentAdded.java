package vn.motcua.attachment;

import java.time.Instant;
import java.util.UUID;

/** A document was added to a dossier; the audit trail records it with its hash. */
public record DocumentAdded(
    String dossierCode,
    UUID id,
    String kind,
    String fileName,
    String sha256,
    long size,
    String uploadedBy,
    Instant at) {}
