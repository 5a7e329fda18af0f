package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.ClusterNodes;
import vn.motcua.DemoData;

/**
 * Two application nodes on one PostgreSQL database ({@code MOTCUA_CLUSTER_DB_URL}), each appending
 * from several threads while both nodes' periodic sequencers run every 50 ms: the log ends gapless,
 * each entry sealed once, one chain and one tree that verify on either node.
 */
class AuditSequencerClusterIntegrationTests {

  private static final int THREADS_PER_NODE = 3;
  private static final int TRANSACTIONS = 40;

  static GreenMail smtp;
  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void startTwoNodes() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    DemoData.setClock(LocalDateTime.of(2031, 3, 3, 9, 0));
    ClusterNodes.emptyDatabase();
    List<String> sealing = List.of("--motcua.audit.tree-every=PT0.05S");
    nodeA = ClusterNodes.start("seqA", smtp.getSmtp().getPort(), sealing, "postgres", "demo");
    nodeB = ClusterNodes.start("seqB", smtp.getSmtp().getPort(), sealing, "postgres");
  }

  @AfterAll
  static void stopNodes() {
    ClusterNodes.stop(smtp, nodeA, nodeB);
  }

  @Test
  void appendsOnBothNodesEndInOneGaplessLogSealedOnce() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
        AuditAppender appender = node.getBean(AuditAppender.class);
        TransactionTemplate transactions =
            new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
        for (int t = 0; t < THREADS_PER_NODE; t++) {
          String subject = node.getId() + "-" + t;
          Callable<Void> work =
              () -> {
                start.await();
                for (int i = 0; i < TRANSACTIONS; i++) {
                  int n = i;
                  transactions.executeWithoutResult(
                      status -> {
                        appender.append(draft(subject, n + " a"));
                        appender.append(draft(subject, n + " b"));
                      });
                }
                return null;
              };
          done.add(pool.submit(work));
        }
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    nodeB.getBean(TreeSealer.class).seal();

    JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
    AuditLog log = nodeA.getBean(AuditLog.class);
    long head = log.head().seq();
    assertThat(log.unsealedCount()).isZero();
    Map<String, Object> whole =
        jdbc.queryForMap(
            "select count(*) as n, count(distinct seq) as distinct_seqs, min(seq) as low,"
                + " max(seq) as high, count(sealed_at) as sealed from audit_entry");
    assertThat(((Number) whole.get("n")).longValue()).isEqualTo(head);
    assertThat(((Number) whole.get("distinct_seqs")).longValue()).isEqualTo(head);
    assertThat(((Number) whole.get("low")).longValue()).isEqualTo(1);
    assertThat(((Number) whole.get("high")).longValue()).isEqualTo(head);
    assertThat(((Number) whole.get("sealed")).longValue()).isEqualTo(head);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_entry where subject_type = 'CLUSTER'", Long.class))
        .isEqualTo(2L * THREADS_PER_NODE * TRANSACTIONS * 2);
    for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
      ChainVerifier.Verdict chain = node.getBean(ChainVerifier.class).verify();
      assertThat(chain.ok()).as("%s", chain).isTrue();
      assertThat(chain.entries()).isEqualTo(head);
      TreeVerifier.Verdict tree = node.getBean(TreeVerifier.class).verify();
      assertThat(tree.ok()).as("%s", tree).isTrue();
      assertThat(tree.treeSize()).isEqualTo(head);
    }
  }

  private static AuditDraft draft(String subject, String reason) {
    return AuditDraft.of(Instant.parse("2031-03-03T02:00:00Z"), "test", "TEST", "CLUSTER", subject)
        .reason(reason);
  }
}
