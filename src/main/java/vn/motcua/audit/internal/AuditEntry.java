package vn.motcua.audit.internal;

import java.time.Instant;

/**
 * One row of the audit trail: who ({@code actor}, and {@code onBehalfOf} under a delegation) did
 * what ({@code action}) to which subject ({@code subjectType}/{@code subjectId}, with the dossier
 * it belongs to), when, the state before and after, the reason given and a JSON {@code detail};
 * linked to the row before by {@code prevHash} and sealed by {@code entryHash}, an HMAC under the
 * key {@code keyId} (null: a plain SHA-256, for entries written before keys existed). {@code id} is
 * the append order, given when the action wrote it; {@code seq} (the place in the log), {@code
 * prevHash}, {@code entryHash} and {@code keyId} are null until the sequencer seals the entry.
 */
record AuditEntry(
    long id,
    Long seq,
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

  /** A sealed row whose id is its seq (as every entry written before the sequencer). */
  AuditEntry(
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
    this(
        seq,
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

  /** Whether the sequencer has given it its place in the log. */
  boolean sealed() {
    return seq != null;
  }

  /** The same row at this place in the log, linked to the entry before (not yet sealed). */
  AuditEntry placed(long seq, String prevHash) {
    return new AuditEntry(
        id,
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
        null,
        null);
  }

  /** The same row with this seal. */
  AuditEntry sealedWith(String keyId, String entryHash) {
    return new AuditEntry(
        id,
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
