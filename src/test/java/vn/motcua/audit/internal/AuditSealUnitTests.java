package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The HMAC seal: only the key gives it, a plain SHA-256 re-hash (what a database writer can do)
 * does not pass, rotation keeps old entries verifiable, and no key means no start.
 */
class AuditSealUnitTests {

  private final AuditSeal k1 = AuditKeys.seal("k1", "k1", AuditKeys.K1);

  @Test
  void sealsWithAnHmacNamingItsKeyThatIsNotThePlainHash() {
    AuditEntry entry = AuditKeys.entry(1, AuditHash.GENESIS, "Nghỉ phép");
    AuditEntry sealed = k1.seal(entry);
    assertThat(sealed.keyId()).isEqualTo("k1");
    assertThat(sealed.entryHash()).matches("[0-9a-f]{64}").isNotEqualTo(AuditHash.of(entry));
    assertThat(k1.intact(sealed)).isTrue();
    assertThat(k1.seal(entry)).isEqualTo(sealed);
  }

  @Test
  void aRehashWithoutTheKeyDoesNotPass() {
    AuditEntry edited = AuditKeys.entry(1, AuditHash.GENESIS, "sửa sau");
    assertThat(k1.intact(edited.sealedWith("k1", AuditHash.of(edited)))).isFalse();
    AuditSeal otherKey = AuditKeys.seal("k1", "k1", AuditKeys.K2);
    assertThat(k1.intact(otherKey.seal(edited))).isFalse();
    AuditEntry sealed = k1.seal(AuditKeys.entry(1, AuditHash.GENESIS, "Nghỉ phép"));
    assertThat(k1.intact(edited.sealedWith("k1", sealed.entryHash()))).isFalse();
  }

  @Test
  void afterARotationEntriesUnderEitherKeyVerifyAndNewOnesTakeTheNewKey() {
    AuditEntry before = k1.seal(AuditKeys.entry(1, AuditHash.GENESIS, null));
    AuditSeal rotated = AuditKeys.seal("k2", "k1", AuditKeys.K1, "k2", AuditKeys.K2);
    AuditEntry after = rotated.seal(AuditKeys.entry(2, before.entryHash(), null));
    assertThat(after.keyId()).isEqualTo("k2");
    assertThat(rotated.intact(before)).isTrue();
    assertThat(rotated.intact(after)).isTrue();
    AuditSeal retiredDropped = AuditKeys.seal("k2", "k2", AuditKeys.K2);
    assertThat(retiredDropped.knows("k1")).isFalse();
    assertThat(retiredDropped.intact(before)).isFalse();
  }

  @Test
  void withoutACurrentKeyTheApplicationDoesNotStart() {
    assertThatThrownBy(() -> AuditKeys.seal("k1", "k1", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MOTCUA_AUDIT_KEY");
    assertThatThrownBy(() -> AuditKeys.seal("k2", "k1", AuditKeys.K1)).hasMessageContaining("'k2'");
    assertThatThrownBy(() -> AuditKeys.seal("k1", "k1", "c2hvcnQ="))
        .hasMessageContaining("at least 32");
    assertThatThrownBy(() -> AuditKeys.seal("k1", "k1", "not base64!"))
        .hasMessageContaining("not base64");
  }
}
