package vn.motcua.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Walks the hash chain and finds the first broken link: an entry whose fields no longer give its
 * hash (edited: {@code hash mismatch}), a seq missing (deleted: {@code missing entry}), or an entry
 * that does not point at the hash of the one before (deleted or replaced: {@code link mismatch}).
 * The whole chain is read in batches by seq, so memory stays constant however long it is; entries
 * appended while it runs are left for the next check.
 */
@Component
class ChainVerifier {

  static final String HASH_MISMATCH = "hash mismatch";
  static final String MISSING_ENTRY = "missing entry";
  static final String LINK_MISMATCH = "link mismatch";

  private static final int BATCH = 1000;

  /** The answer of a check: ok with the head, or where and why the chain breaks. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Verdict(boolean ok, long entries, String head, Long brokenAt, String reason) {

    static Verdict intact(long entries, String head) {
      return new Verdict(true, entries, head, null, null);
    }

    static Verdict broken(long checked, long seq, String reason) {
      return new Verdict(false, checked, null, seq, reason);
    }
  }

  private final AuditLog log;

  ChainVerifier(AuditLog log) {
    this.log = log;
  }

  /** The whole chain, from the first entry to the head. */
  Verdict verify() {
    AuditLog.Head head = log.head();
    long checked = 0;
    String previous = AuditHash.GENESIS;
    List<AuditEntry> batch = log.batch(0, head.seq(), BATCH);
    while (!batch.isEmpty()) {
      for (AuditEntry entry : batch) {
        long expected = checked + 1;
        if (entry.seq() != expected) {
          return Verdict.broken(checked, expected, MISSING_ENTRY);
        }
        if (!entry.prevHash().equals(previous)) {
          return Verdict.broken(checked, entry.seq(), LINK_MISMATCH);
        }
        if (!entry.intact()) {
          return Verdict.broken(checked, entry.seq(), HASH_MISMATCH);
        }
        previous = entry.entryHash();
        checked++;
      }
      batch = log.batch(checked, head.seq(), BATCH);
    }
    if (checked != head.seq()) {
      return Verdict.broken(checked, checked + 1, MISSING_ENTRY);
    }
    if (!previous.equals(head.hash())) {
      return Verdict.broken(checked, head.seq(), LINK_MISMATCH);
    }
    return Verdict.intact(checked, previous);
  }

  /**
   * Some entries (a dossier's) and their links to the entries before and after them in the chain:
   * each one's hash, its link to the one before, and the link to it from the one after.
   */
  Verdict verify(List<AuditEntry> entries) {
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
      if (!entry.intact()) {
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
