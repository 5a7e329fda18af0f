package vn.motcua.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit trail in the transaction of the action, so that nothing is audited that did
 * not happen and nothing that happened goes unaudited. Drafts are collected during the transaction
 * and written just before it commits: the transaction then locks the chain's head row ({@code
 * select ... for update}, which serialises appends across threads and across the nodes sharing the
 * database), numbers its entries gaplessly after the head, links and seals each one and moves the
 * head; the seal is an HMAC under the current key ({@link AuditSeal}). Taking that lock last, after
 * every other lock the action needed, keeps the time appends wait on each other short and cannot
 * deadlock with the action's own row locks. A failing append rolls the action back. Outside a
 * transaction a draft is written in one of its own.
 */
@Component
class AuditAppender {

  private final Object pendingKey = new Object();
  private final AuditLog log;
  private final AuditSeal seal;
  private final TransactionTemplate transactions;

  AuditAppender(AuditLog log, AuditSeal seal, PlatformTransactionManager transactionManager) {
    this.log = log;
    this.seal = seal;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  void append(AuditDraft draft) {
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.isActualTransactionActive()) {
      pending().add(draft);
    } else {
      transactions.executeWithoutResult(status -> write(List.of(draft)));
    }
  }

  @SuppressWarnings("unchecked")
  private List<AuditDraft> pending() {
    Object bound = TransactionSynchronizationManager.getResource(pendingKey);
    if (bound != null) {
      return (List<AuditDraft>) bound;
    }
    List<AuditDraft> drafts = new ArrayList<>();
    TransactionSynchronizationManager.bindResource(pendingKey, drafts);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void beforeCommit(boolean readOnly) {
            write(drafts);
          }

          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(pendingKey);
          }
        });
    return drafts;
  }

  /**
   * Writes the drafts as the next entries of the chain; the caller's transaction holds the head.
   */
  List<AuditEntry> write(List<AuditDraft> drafts) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    AuditLog.Head head = log.lockHead();
    List<AuditEntry> written = new ArrayList<>(drafts.size());
    for (AuditDraft draft : drafts) {
      String current =
          draft.states() == AuditDraft.States.GIVEN
              ? null
              : log.lastState(draft.subjectType(), draft.subjectId());
      AuditEntry entry = seal.seal(draft.toEntry(head.seq() + 1, current, head.hash()));
      log.insert(entry);
      written.add(entry);
      head = new AuditLog.Head(entry.seq(), entry.entryHash());
    }
    log.moveHead(head);
    return written;
  }
}
