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
 * and inserted just before it commits, each with an id from a database sequence (its append order)
 * and nothing else: no row shared by other appends is read or locked, so actions on different
 * dossiers, on any node, never wait for each other here. Their place in the log, link and seal come
 * later from the one sequencer of the cluster ({@link AuditSequencer}). A failing append rolls the
 * action back. Outside a transaction a draft is written in one of its own.
 */
@Component
class AuditAppender {

  private final Object pendingKey = new Object();
  private final AuditLog log;
  private final TransactionTemplate transactions;

  AuditAppender(AuditLog log, PlatformTransactionManager transactionManager) {
    this.log = log;
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

  /** Inserts the drafts, unsealed, in the caller's transaction. */
  List<AuditEntry> write(List<AuditDraft> drafts) {
    List<AuditEntry> written = new ArrayList<>(drafts.size());
    for (AuditDraft draft : drafts) {
      String current =
          draft.states() == AuditDraft.States.GIVEN
              ? null
              : log.lastState(draft.subjectType(), draft.subjectId());
      AuditEntry entry = draft.toEntry(current);
      log.insert(entry);
      written.add(entry);
    }
    return written;
  }
}
