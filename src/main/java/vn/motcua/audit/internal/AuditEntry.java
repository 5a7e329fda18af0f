package vn.motcua.audit.internal;

import java.time.Instant;

/**
 * One row of the audit trail: who ({@code actor}, and {@code onBehalfOf} under a delegation) did
 * what ({@code action}) to which subject ({@code subjectType}/{@code subjectId}, with the dossier
 * it belongs to), when, the state before and after, the reason given and a JSON {@code detail};
 * linked to the row before by {@code prevHash} and sealed by {@code entryHash}, an HMAC under the
 * key {@code keyId} (null: a plain SHA-256, for entries written before keys existed).
 */
record AuditEntry(
    long seq,
    Instant at,
    String actor,
    String onBehalfOf,
    String action,
    String subjectType,
    String subjectId,
    String dossierCode,
    String beforeState,
    String afterState,
    String reason,
    String detail,
    String prevHash,
    String entryHash,
    String keyId) {

  /** The same row with this seal. */
  AuditEntry sealedWith(String keyId, String entryHash) {
    return new AuditEntry(
        seq,
        at,
        actor,
        onBehalfOf,
        action,
        subjectType,
        subjectId,
        dossierCode,
        beforeState,
        afterState,
        reason,
        detail,
        prevHash,
        entryHash,
        keyId);
  }
}
