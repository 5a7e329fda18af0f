package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The canonical form both seals hash, and the plain SHA-256 of the entries before keys. */
class AuditHashUnitTests {

  private static AuditEntry entry(String reason, String detail) {
    AuditEntry e = AuditKeys.entry(7, AuditHash.GENESIS, reason);
    return new AuditEntry(
        e.seq(),
        e.at(),
        e.actor(),
        e.onBehalfOf(),
        e.action(),
        e.subjectType(),
        e.subjectId(),
        e.dossierCode(),
        e.beforeState(),
        e.afterState(),
        reason,
        detail,
        e.prevHash(),
        null,
        null);
  }

  @Test
  void legacyEntriesAreSha256HexOverThePreviousHashAndTheFields() {
    String hash = AuditHash.of(entry("Nghỉ phép", "{\"step\":\"Task_Appraisal\"}"));
    assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(AuditHash.of(entry("Nghỉ phép", "{\"step\":\"Task_Appraisal\"}"))).isEqualTo(hash);
    AuditSeal seal = AuditKeys.seal("k1", "k1", AuditKeys.K1);
    assertThat(seal.intact(AuditKeys.legacy(entry("Nghỉ phép", null)))).isTrue();
  }

  @Test
  void anyChangeOfAFieldChangesTheHash() {
    String hash = AuditHash.of(entry("Nghỉ phép", null));
    assertThat(AuditHash.of(entry("Nghỉ phép.", null))).isNotEqualTo(hash);
    assertThat(AuditHash.of(entry("", null))).isNotEqualTo(AuditHash.of(entry(null, null)));
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    assertThat(AuditHash.of(entry("ab", "c"))).isNotEqualTo(AuditHash.of(entry("a", "bc")));
    assertThat(AuditHash.of(entry("a\u001Fb", null))).isNotEqualTo(AuditHash.of(entry("a", "b")));
  }

  @Test
  void anEditedLegacyEntryIsNoLongerIntact() {
    AuditEntry sealed = AuditKeys.legacy(entry("Nghỉ phép", null));
    AuditEntry edited = entry("Công tác", null).sealedWith(null, sealed.entryHash());
    assertThat(AuditKeys.seal("k1", "k1", AuditKeys.K1).intact(edited)).isFalse();
  }
}
