package vn.motcua.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Walks the hash chain and finds the first broken link: an entry whose fields no longer give its
 * seal under the key it names (edited, or re-hashed without the key: {@code hash mismatch}), a key
 * this node does not hold ({@code unknown key}), an entry without a key after keyed ones (re-hashed
 * with plain SHA-256 to pass as written before keys existed: {@code unkeyed entry}), a seq missing
 * (deleted: {@code missing entry}), or an entry that does not point at the hash of the one before
 * (deleted or replaced: {@code link mismatch}). Against signed heads saved outside the database it
 * also finds a chain rewritten whole with the right keys: the entry a head counted no longer has
 * the hash the head signed ({@code head mismatch}; {@code intactUpTo} is the last head that still
 * matches). The chain is read in batches by seq, so memory stays constant however long it is;
 * entries appended while it runs are left for the next check.
 */
@Component
class ChainVerifier {

  static final String HASH_MISMATCH = "hash mismatch";
  static final String MISSING_ENTRY = "missing entry";
  static final String LINK_MISMATCH = "link mismatch";
  static final String UNKNOWN_KEY = "unknown key";
  static final String UNKEYED_ENTRY = "unkeyed entry";
  static final String HEAD_MISMATCH = "head mismatch";
  static final String BAD_SIGNATURE = "bad head signature";

  private static final int BATCH = 1000;

  /** The answer of a check: ok with the head, or where and why the chain breaks. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Verdict(
      boolean ok, long entries, String head, Long brokenAt, String reason, Long intactUpTo) {

    static Verdict intact(long entries, String head) {
      return new Verdict(true, entries, head, null, null, null);
    }

    static Verdict broken(long checked, long seq, String reason) {
      return new Verdict(false, checked, null, seq, reason, null);
    }
  }

  private final AuditLog log;
  private final AuditSeal seal;

  ChainVerifier(AuditLog log, AuditSeal seal) {
    this.log = log;
    this.seal = seal;
  }

  /** The whole chain, from the first entry to the head row. */
  Verdict verify() {
    AuditLog.Head head = log.head();
    Verdict walked = walk(head.seq(), new TreeMap<>());
    if (!walked.ok() || walked.head().equals(head.hash())) {
      return walked;
    }
    return Verdict.broken(walked.entries(), head.seq(), LINK_MISMATCH);
  }

  /**
   * The chain up to the largest of these signed heads (entries to hash, signatures already
   * checked): it must hold every entry they counted, each ending where its head says.
   */
  Verdict verify(SortedMap<Long, String> heads) {
    return heads.isEmpty() ? Verdict.intact(0, AuditHash.GENESIS) : walk(heads.lastKey(), heads);
  }

  private Verdict walk(long last, SortedMap<Long, String> heads) {
    long checked = 0;
    long matched = 0;
    boolean keyed = false;
    String previous = AuditHash.GENESIS;
    List<AuditEntry> batch = log.batch(0, last, BATCH);
    while (!batch.isEmpty()) {
      for (AuditEntry entry : batch) {
        long expected = checked + 1;
        String broken = broken(entry, expected, previous, keyed);
        if (broken != null) {
          return Verdict.broken(checked, expected, broken);
        }
        String signed = heads.get(entry.seq());
        if (signed != null && !signed.equals(entry.entryHash())) {
          return new Verdict(false, checked, null, entry.seq(), HEAD_MISMATCH, matched);
        }
        matched = signed != null ? entry.seq() : matched;
        keyed |= entry.keyId() != null;
        previous = entry.entryHash();
        checked++;
      }
      batch = log.batch(checked, last, BATCH);
    }
    if (checked != last) {
      return Verdict.broken(checked, checked + 1, MISSING_ENTRY);
    }
    return Verdict.intact(checked, previous);
  }

  /** Why this entry breaks the chain walked so far, or null. */
  private String broken(AuditEntry entry, long expected, String previous, boolean keyed) {
    if (entry.seq() != expected) {
      return MISSING_ENTRY;
    }
    if (!entry.prevHash().equals(previous)) {
      return LINK_MISMATCH;
    }
    if (keyed && entry.keyId() == null) {
      return UNKEYED_ENTRY;
    }
    if (!seal.knows(entry.keyId())) {
      return UNKNOWN_KEY;
    }
    return seal.intact(entry) ? null : HASH_MISMATCH;
  }

  /**
   * Some entries (a dossier's) and their links to the entries before and after them in the chain:
   * each one's hash, its link to the one before, and the link to it from the one after. Entries the
   * sequencer has not sealed yet have no link to check and are left out.
   */
  Verdict verify(List<AuditEntry> some) {
    List<AuditEntry> entries =
        some.stream()
            .filter(AuditEntry::sealed)
            .sorted(java.util.Comparator.comparingLong(AuditEntry::seq))
            .toList();
    long head = log.head().seq();
    List<Long> neighbours =
        entries.stream()
            .flatMap(e -> Stream.of(e.seq() - 1, e.seq() + 1))
            .filter(seq -> seq >= 1 && seq <= head)
            .distinct()
            .toList();
    Map<Long, AuditEntry> around =
        log.bySeq(neighbours).stream()
            .collect(Collectors.toMap(AuditEntry::seq, Function.identity()));
    long checked = 0;
    for (AuditEntry entry : entries) {
      if (!seal.intact(entry)) {
        return Verdict.broken(checked, entry.seq(), HASH_MISMATCH);
      }
      String before =
          entry.seq() == 1
              ? AuditHash.GENESIS
              : around.containsKey(entry.seq() - 1)
                  ? around.get(entry.seq() - 1).entryHash()
                  : null;
      if (before == null) {
        return Verdict.broken(checked, entry.seq() - 1, MISSING_ENTRY);
      }
      if (!before.equals(entry.prevHash())) {
        return Verdict.broken(checked, entry.seq(), LINK_MISMATCH);
      }
      AuditEntry after = around.get(entry.seq() + 1);
      if (entry.seq() < head && after == null) {
        return Verdict.broken(checked, entry.seq() + 1, MISSING_ENTRY);
      }
      if (after != null && !after.prevHash().equals(entry.entryHash())) {
        return Verdict.broken(checked, after.seq(), LINK_MISMATCH);
      }
      checked++;
    }
    return Verdict.intact(
        checked, entries.isEmpty() ? null : entries.get(entries.size() - 1).entryHash());
  }
}
