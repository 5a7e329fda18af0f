package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.IntegrationTest;

/**
 * Appends from many threads at once make one gapless, valid chain; an action that rolls back leaves
 * nothing in the trail.
 */
@IntegrationTest
class AuditAppenderIntegrationTests {

  private static final int THREADS = 8;
  private static final int TRANSACTIONS = 25;

  @Autowired AuditAppender appender;
  @Autowired ChainVerifier verifier;
  @Autowired AuditLog log;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void concurrentAppendsMakeAGaplessValidChain() throws Exception {
    String subject = "concurrency-" + UUID.randomUUID();
    long before = log.head().seq();
    TransactionTemplate transactions = new TransactionTemplate(transactionManager);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Void> work =
            () -> {
              start.await();
              for (int i = 0; i < TRANSACTIONS; i++) {
                int n = i;
                transactions.executeWithoutResult(
                    status -> {
                      appender.append(draft(subject, "thread " + thread + " #" + n + " a"));
                      appender.append(draft(subject, "thread " + thread + " #" + n + " b"));
                    });
              }
              return null;
            };
        done.add(pool.submit(work));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    int appended = THREADS * TRANSACTIONS * 2;
    assertThat(log.head().seq()).isEqualTo(before + appended);
    List<Long> seqs =
        jdbc.queryForList(
            "select seq from audit_entry where subject_id = ? order by seq", Long.class, subject);
    assertThat(seqs).hasSize(appended);
    List<String> reasons =
        jdbc.queryForList(
            "select reason from audit_entry where subject_id = ? order by seq",
            String.class,
            subject);
    for (int i = 0; i < reasons.size(); i += 2) {
      // the two entries of one transaction are adjacent: appends are serialised per transaction
      assertThat(reasons.get(i + 1)).isEqualTo(reasons.get(i).replace(" a", " b"));
      assertThat(seqs.get(i + 1)).isEqualTo(seqs.get(i) + 1);
    }
    ChainVerifier.Verdict verdict = verifier.verify();
    assertThat(verdict.ok()).as("%s", verdict).isTrue();
    assertThat(verdict.entries()).isEqualTo(log.head().seq());
    assertThat(verdict.head()).isEqualTo(log.head().hash());
  }

  @Test
  void anActionThatRollsBackLeavesNoEntry() {
    String subject = "rollback-" + UUID.randomUUID();
    AuditLog.Head before = log.head();
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              appender.append(draft(subject, "rolled back"));
              status.setRollbackOnly();
            });
    assertThat(log.head()).isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_entry where subject_id = ?", Long.class, subject))
        .isZero();
  }

  @Test
  void theStateBeforeComesFromTheSubjectsLatestEntry() {
    String subject = "states-" + UUID.randomUUID();
    appender.append(AuditDraft.of(Instant.now(), "a", "CLAIMED", "TEST", subject).after("a"));
    appender.append(AuditDraft.of(Instant.now(), "a", "TRANSFERRED", "TEST", subject).after("b"));
    appender.append(AuditDraft.of(Instant.now(), "b", "COMPLETED", "TEST", subject));
    assertThat(
            jdbc.queryForList(
                "select coalesce(before_state, '-') || '>' || coalesce(after_state, '-')"
                    + " from audit_entry where subject_id = ? order by seq",
                String.class,
                subject))
        .containsExactly("->a", "a>b", "b>b");
  }

  private static AuditDraft draft(String subject, String reason) {
    return AuditDraft.of(Instant.parse("2026-11-23T01:00:00Z"), "test", "TEST", "TEST", subject)
        .reason(reason);
  }
}
