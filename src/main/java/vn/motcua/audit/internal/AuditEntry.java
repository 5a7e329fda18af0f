package vn.motcua.audit.internal;

import java.time.Instant;

/**
 * One row of the audit trail: who ({@code actor}, and {@code onBehalfOf} under a delegation) did
 * what ({@code action}) to which subject ({@code subjectType}/{@code subjectId}, with the dossier
 * it belongs to), when, the state before and after, the reason given and a JSON {@code detail};
 * linked to the row before by {@code prevHash} and sealed by {@code entryHash}.
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
    String entryHash) {

  /** The row sealed: its own hash computed over {@code prevHash} and its fields. */
  AuditEntry sealed() {
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
        AuditHash.of(this));
  }

  /** Whether the stored hash is the one its fields give. */
  boolean intact() {
    return AuditHash.of(this).equals(entryHash);
  }
}
