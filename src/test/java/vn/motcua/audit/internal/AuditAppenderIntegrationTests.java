package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.IntegrationTest;

/**
 * Appends from many threads at once, sequenced while they run by two sequencers racing, make one
 * gapless chain and tree that verify, each entry sealed once; appends never wait for each other (a
 * wait would hit the short lock timeout); an action that rolls back leaves nothing in the trail.
 */
@IntegrationTest
class AuditAppenderIntegrationTests {

  private static final int THREADS = 8;
  private static final int TRANSACTIONS = 25;

  @Autowired AuditAppender appender;
  @Autowired ChainVerifier verifier;
  @Autowired TreeVerifier treeVerifier;
  @Autowired TreeSealer sealer;
  @Autowired AuditLog log;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void concurrentAppendsMakeAGaplessValidChainEachEntrySealedOnce() throws Exception {
    String subject = "concurrency-" + UUID.randomUUID();
    sealer.seal();
    long before = log.head().seq();
    TransactionTemplate transactions = new TransactionTemplate(transactionManager);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean appending = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 2);
    List<Future<?>> done = new ArrayList<>();
    List<Future<?>> sequencers = new ArrayList<>();
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
      for (int s = 0; s < 2; s++) {
        Callable<Void> sequencing =
            () -> {
              start.await();
              while (appending.get()) {
                sealer.seal();
              }
              return null;
            };
        sequencers.add(pool.submit(sequencing));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
      appending.set(false);
      for (Future<?> f : sequencers) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    sealer.seal();

    int appended = THREADS * TRANSACTIONS * 2;
    assertThat(log.head().seq()).isEqualTo(before + appended);
    assertThat(log.unsealedCount()).isZero();
    Map<String, Object> whole =
        jdbc.queryForMap(
            "select count(*) as n, count(distinct seq) as distinct_seqs, min(seq) as low,"
                + " max(seq) as high from audit_entry where seq is not null");
    assertThat(((Number) whole.get("n")).longValue()).isEqualTo(log.head().seq());
    assertThat(((Number) whole.get("distinct_seqs")).longValue()).isEqualTo(log.head().seq());
    assertThat(((Number) whole.get("low")).longValue()).isEqualTo(1);
    assertThat(((Number) whole.get("high")).longValue()).isEqualTo(log.head().seq());
    List<String> reasons =
        jdbc.queryForList(
            "select reason from audit_entry where subject_id = ? order by seq",
            String.class,
            subject);
    assertThat(reasons).hasSize(appended);
    for (String reason : reasons) {
      if (reason.endsWith(" b")) {
        // the entries of one transaction keep their order in the log
        assertThat(reasons.indexOf(reason.replace(" b", " a"))).isLessThan(reasons.indexOf(reason));
      }
    }
    ChainVerifier.Verdict verdict = verifier.verify();
    assertThat(verdict.ok()).as("%s", verdict).isTrue();
    assertThat(verdict.entries()).isEqualTo(log.head().seq());
    assertThat(verdict.head()).isEqualTo(log.head().hash());
    TreeVerifier.Verdict tree = treeVerifier.verify();
    assertThat(tree.ok()).as("%s", tree).isTrue();
    assertThat(tree.treeSize()).isEqualTo(log.head().seq());
  }

  @Test
  void twoOpenAppendsNeitherWaitsForTheOtherNorForTheSequencer() throws Exception {
    String subject = "no-wait-" + UUID.randomUUID();
    TransactionTemplate transactions = new TransactionTemplate(transactionManager);
    CountDownLatch written = new CountDownLatch(2);
    CountDownLatch sequenced = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Long>> ids = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        String name = subject + "-" + t;
        Callable<Long> work =
            () ->
                transactions.execute(
                    status -> {
                      // a wait on any lock longer than this fails the append
                      jdbc.execute("set local lock_timeout = '300ms'");
                      appender.write(List.of(draft(name, "open")));
                      written.countDown();
                      await(sequenced);
                      return jdbc.queryForObject(
                          "select id from audit_entry where subject_id = ?", Long.class, name);
                    });
        ids.add(pool.submit(work));
      }
      assertThat(written.await(10, TimeUnit.SECONDS)).as("both appends written").isTrue();
      // both transactions hold an uncommitted entry; the sequencer passes them by
      transactions.executeWithoutResult(
          status -> {
            jdbc.execute("set local lock_timeout = '300ms'");
            sealer.seal();
          });
      sequenced.countDown();
      assertThat(ids.get(0).get(10, TimeUnit.SECONDS)).isNotEqualTo(ids.get(1).get());
    } finally {
      pool.shutdownNow();
    }
    sealer.seal();
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select seq, prev_hash, entry_hash, key_id, written_at, sealed_at from audit_entry"
                + " where subject_id like ?",
            subject + "-%");
    assertThat(rows).hasSize(2);
    for (Map<String, Object> row : rows) {
      assertThat(row.get("seq")).isNotNull();
      assertThat(row.get("entry_hash")).isNotNull();
      assertThat(row.get("key_id")).isEqualTo("k1");
      assertThat(row.get("written_at")).isNotNull();
      assertThat(row.get("sealed_at")).isNotNull();
    }
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void theSealingDelayIsMeasured() {
    String subject = "delay-" + UUID.randomUUID();
    appender.append(draft(subject, "written"));
    Map<String, Object> unsealed =
        jdbc.queryForMap(
            "select seq, prev_hash, entry_hash, key_id, written_at, sealed_at from audit_entry"
                + " where subject_id = ?",
            subject);
    assertThat(unsealed)
        .containsEntry("seq", null)
        .containsEntry("prev_hash", null)
        .containsEntry("entry_hash", null)
        .containsEntry("key_id", null)
        .containsEntry("sealed_at", null);
    assertThat(unsealed.get("written_at")).isNotNull();
    sealer.seal();
    Double delay =
        jdbc.queryForObject(
            "select extract(epoch from sealed_at - written_at) from audit_entry"
                + " where subject_id = ?",
            Double.class,
            subject);
    assertThat(delay).isNotNull().isGreaterThanOrEqualTo(0.0).isLessThan(60.0);
  }

  @Test
  void aPeriodicRoundLeavesItsTurnToTheNodeAlreadySealing() throws Exception {
    String subject = "turn-" + UUID.randomUUID();
    appender.append(draft(subject, "waits for the sealing node"));
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> sealing =
          pool.submit(
              () ->
                  new TransactionTemplate(transactionManager)
                      .executeWithoutResult(
                          status -> {
                            jdbc.queryForObject(
                                "select tree_size from audit_tree_state where id = 1 for update",
                                Long.class);
                            held.countDown();
                            await(release);
                          }));
      await(held);
      new TransactionTemplate(transactionManager)
          .executeWithoutResult(
              status -> {
                jdbc.execute("set local lock_timeout = '300ms'");
                assertThat(sealer.sealIfFree()).isEmpty();
              });
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from audit_entry where subject_id = ? and seq is null",
                  Long.class,
                  subject))
          .isOne();
      release.countDown();
      sealing.get(10, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(sealer.sealIfFree()).isPresent();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_entry where subject_id = ? and seq is null",
                Long.class,
                subject))
        .isZero();
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
    sealer.seal();
    assertThat(log.head().seq()).isGreaterThanOrEqualTo(before.seq());
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
                    + " from audit_entry where subject_id = ? order by id",
                String.class,
                subject))
        .containsExactly("->a", "a>b", "b>b");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the sequencer did not pass the open appends");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static AuditDraft draft(String subject, String reason) {
    return AuditDraft.of(Instant.parse("2026-11-23T01:00:00Z"), "test", "TEST", "TEST", subject)
        .reason(reason);
  }
}
