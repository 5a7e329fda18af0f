package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The walk over a chain held in memory: entries written before keys then keyed ones verify, across
 * a rotation too; a plain re-hash, an unkeyed entry after keyed ones, and a whole re-sealed rewrite
 * against a signed head are found where they start.
 */
class ChainVerifierUnitTests {

  private final AuditSeal seal = AuditKeys.seal("k2", "k1", AuditKeys.K1, "k2", AuditKeys.K2);
  private final AuditSeal k1 = AuditKeys.seal("k1", "k1", AuditKeys.K1);
  private final List<AuditEntry> rows = new ArrayList<>();

  /** AuditLog over the rows above, the head at the last one. */
  private final AuditLog log =
      new AuditLog(null, null) {
        @Override
        Head head() {
          return rows.isEmpty()
              ? new Head(0, AuditHash.GENESIS)
              : new Head(rows.size(), rows.get(rows.size() - 1).entryHash());
        }

        @Override
        List<AuditEntry> batch(long after, long last, int size) {
          return rows.stream().filter(e -> e.seq() > after && e.seq() <= last).limit(size).toList();
        }
      };

  private final ChainVerifier verifier = new ChainVerifier(log, seal);

  /** Appends n entries sealed by the given seal, null for legacy plain SHA-256. */
  private void append(int n, AuditSeal by, String reason) {
    for (int i = 0; i < n; i++) {
      String prev = rows.isEmpty() ? AuditHash.GENESIS : rows.get(rows.size() - 1).entryHash();
      AuditEntry entry = AuditKeys.entry(rows.size() + 1, prev, reason);
      rows.add(by == null ? AuditKeys.legacy(entry) : by.seal(entry));
    }
  }

  /** Rewrites from seq on, linked and sealed again by the given seal (null: plain SHA-256). */
  private void rewriteFrom(long seq, AuditSeal by) {
    for (int i = (int) seq - 1; i < rows.size(); i++) {
      String prev = i == 0 ? AuditHash.GENESIS : rows.get(i).prevHash();
      prev = i == seq - 1 ? prev : rows.get(i - 1).entryHash();
      AuditEntry entry = AuditKeys.entry(i + 1, prev, i == seq - 1 ? "sửa sau" : null);
      rows.set(i, by == null ? AuditKeys.legacy(entry) : by.seal(entry));
    }
  }

  @Test
  void legacyEntriesThenKeyedOnesAcrossARotationVerify() {
    append(3, null, null);
    append(3, k1, null);
    append(3, seal, null);
    assertThat(verifier.verify())
        .isEqualTo(ChainVerifier.Verdict.intact(9, rows.get(8).entryHash()));
    assertThat(rows).extracting(AuditEntry::keyId).containsSequence(null, "k1", "k1", "k1", "k2");
  }

  @Test
  void aRangeRehashedWithPlainSha256BreaksAtItsFirstEntry() {
    append(10, k1, null);
    rewriteFrom(5, null);
    assertThat(verifier.verify())
        .isEqualTo(ChainVerifier.Verdict.broken(4, 5, ChainVerifier.UNKEYED_ENTRY));
  }

  @Test
  void aRangeRehashedWithPlainSha256KeepingTheKeyIdBreaksAtItsFirstEntry() {
    append(10, k1, null);
    rewriteFrom(5, null);
    rows.replaceAll(e -> e.seq() >= 5 ? e.sealedWith("k1", e.entryHash()) : e);
    assertThat(verifier.verify())
        .isEqualTo(ChainVerifier.Verdict.broken(4, 5, ChainVerifier.HASH_MISMATCH));
  }

  @Test
  void aRewriteResealedWithTheKeyIsCaughtByASignedHeadAfterIt() {
    append(4, k1, null);
    TreeMap<Long, String> heads = new TreeMap<>();
    heads.put(2L, rows.get(1).entryHash());
    heads.put(4L, rows.get(3).entryHash());
    append(4, k1, null);
    heads.put(8L, rows.get(7).entryHash());
    assertThat(verifier.verify(heads).ok()).isTrue();

    rewriteFrom(3, k1);
    assertThat(verifier.verify().ok()).isTrue();
    assertThat(verifier.verify(heads))
        .isEqualTo(new ChainVerifier.Verdict(false, 3, null, 4L, ChainVerifier.HEAD_MISMATCH, 2L));
  }

  @Test
  void aChainShorterThanASignedHeadMissesItsEntries() {
    append(4, k1, null);
    TreeMap<Long, String> heads = new TreeMap<>();
    heads.put(6L, "ab".repeat(32));
    assertThat(verifier.verify(heads))
        .isEqualTo(ChainVerifier.Verdict.broken(4, 5, ChainVerifier.MISSING_ENTRY));
  }

  @Test
  void anEntryUnderAKeyThisNodeDoesNotHoldIsReported() {
    append(2, k1, null);
    append(1, AuditKeys.seal("k9", "k9", AuditKeys.K2), null);
    assertThat(verifier.verify())
        .isEqualTo(ChainVerifier.Verdict.broken(2, 3, ChainVerifier.UNKNOWN_KEY));
  }
}
