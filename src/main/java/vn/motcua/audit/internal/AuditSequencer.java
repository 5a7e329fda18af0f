package vn.motcua.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Gives the entries the actions wrote their place in the log: the oldest unsealed ones in append
 * order (id), numbered gaplessly after the chain's head, each linked to the one before ({@code
 * prev_hash}) and sealed with an HMAC under the current key ({@link AuditSeal}), exactly as the
 * appender did when it held the head; the head moves to the last of them. The caller holds the one
 * lock of the cluster's sealing ({@link TreeSealer}, the {@code audit_tree_state} row) for the
 * whole transaction, so at most one sequencer runs and each entry is sealed once. {@code sealed_at}
 * is this node's wall clock (not hashed): with {@code written_at} it measures the sealing delay.
 */
@Component
class AuditSequencer {

  private final AuditLog log;
  private final AuditSeal seal;

  AuditSequencer(AuditLog log, AuditSeal seal) {
    this.log = log;
    this.seal = seal;
  }

  /** Seals up to {@code size} waiting entries; how many it sealed (fewer: none left waiting). */
  int sequence(int size) {
    List<AuditEntry> waiting = log.unsealed(size);
    if (waiting.isEmpty()) {
      return 0;
    }
    AuditLog.Head head = log.head();
    List<AuditEntry> sealed = new ArrayList<>(waiting.size());
    for (AuditEntry entry : waiting) {
      AuditEntry placed = seal.seal(entry.placed(head.seq() + 1, head.hash()));
      sealed.add(placed);
      head = new AuditLog.Head(placed.seq(), placed.entryHash());
    }
    log.sealed(sealed, Instant.now());
    log.moveHead(head);
    return sealed.size();
  }
}
