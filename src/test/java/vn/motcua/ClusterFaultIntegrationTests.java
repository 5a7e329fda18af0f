package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.HOA_PHU;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The cluster as it runs: two nodes of the packaged jar ({@code java -jar}, profiles postgres and
 * demo) on one database, Debian's HAProxy in front with health checks ({@code docker/haproxy.cfg}).
 * A session signed in on node 1 works on node 2 (our API and the Camunda webapps), and a sign-out
 * on node 2 ends it on node 1. Then clients receive dossiers and complete their reception steps
 * through HAProxy while node 1 is killed with {@code kill -9}; they retry what failed, as users do
 * ({@link FaultLoad}). Afterwards: every acknowledged intake is there once, the dossier codes of
 * each agency and day have no gap and no double, every acknowledged completion moved its dossier on
 * once, the session of node 1 works through HAProxy, and with the engine clock a month ahead every
 * rung of every dossier fires once on the surviving node; the audit log verifies.
 */
class ClusterFaultIntegrationTests {

  static final int CLIENTS = 6;
  static final int INTAKES_PER_CLIENT = 25;

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void aNodeKilledUnderLoadLosesNothingAndDoublesNothing() throws Exception {
    long started = System.nanoTime();
    ClusterNodes.emptyDatabase();
    int port1 = JarCluster.freePort();
    int port2 = JarCluster.freePort();
    int lb = JarCluster.freePort();
    try (JarCluster cluster = new JarCluster();
        Connection connection =
            DriverManager.getConnection(ClusterNodes.url(), "motcua_test", "motcua_test")) {
      JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
      Process node1 = cluster.node("node1", port1, List.of()); // migrates, seeds the demo
      cluster.node("node2", port2, List.of());
      cluster.haproxy(lb, JarCluster.freePort(), port1, port2);
      System.out.printf("cluster: two nodes and HAProxy up in %d s%n", seconds(started));
      // the engine clock is real time until the load is over, then a month ahead (+30 days
      // reaches every rung wherever the intake falls in the week)
      // a session started on node 1 is known to node 2, our pages' and the webapps' alike
      PageSession admin = PageSession.login(port1, "admin", DemoData.PASSWORD);
      String cookie = "JSESSIONID=" + admin.cookie("JSESSIONID").orElseThrow();
      // Tasklist on node 2 opens for the session and its calls to the engine answer (a stranger
      // is sent to the login page)
      assertThat(tasklist(port2, cookie)).isEqualTo("200 200");
      assertThat(tasklist(port2, "JSESSIONID=none")).startsWith("302 302");
      assertThat(NodeHttp.cookie(port2, cookie).get("/api/notifications").status()).isEqualTo(200);
      // signing out on node 2 signs out on node 1
      PageSession leaving = PageSession.login(port1, "tiepnhan.hoaphu", DemoData.PASSWORD);
      String leavingCookie = "JSESSIONID=" + leaving.cookie("JSESSIONID").orElseThrow();
      NodeHttp.Answer out =
          NodeHttp.cookie(port2, leavingCookie)
              .form("/logout", Map.of("_csrf", leaving.csrfToken()));
      assertThat(out.status()).isEqualTo(302);
      assertThat(NodeHttp.cookie(port1, leavingCookie).get("/api/notifications").status())
          .isEqualTo(401);

      // the load through HAProxy, node 1 killed once a third of the intakes are acknowledged
      FaultLoad load = new FaultLoad(lb, CLIENTS, INTAKES_PER_CLIENT, List.of(AN_BINH, HOA_PHU));
      ExecutorService killer = Executors.newSingleThreadExecutor();
      Future<Long> killedAt =
          killer.submit(
              () -> {
                load.awaitAcknowledged(CLIENTS * INTAKES_PER_CLIENT / 3);
                JarCluster.kill9(node1);
                return System.nanoTime();
              });
      load.run();
      killedAt.get(10, TimeUnit.SECONDS);
      killer.shutdown();
      assertThat(node1.isAlive()).isFalse();
      System.out.printf("cluster: load done, %s, %d s in all%n", load, seconds(started));

      // the session that was on node 1 keeps working through HAProxy
      for (int i = 0; i < 4; i++) {
        assertThat(NodeHttp.cookie(lb, cookie).get("/api/notifications").status()).isEqualTo(200);
      }
      assertThat(tasklist(lb, cookie)).isEqualTo("200 200");

      FaultChecks checks = new FaultChecks(db, load);
      checks.everyAcknowledgedIntakeOnce();
      checks.codesWithoutGapOrDouble();
      checks.everyAcknowledgedCompletionOnce();

      // a month later on the engine clock: every rung of every dossier, on the surviving node
      NodeHttp.Answer moved =
          NodeHttp.basic(port2, "admin").post("/api/demo/clock", Map.of("advance", "P30D"));
      assertThat(moved.status()).isEqualTo(200);
      checks.awaitNoDueJobs(moved.body(), 180);
      checks.everyRungOnce();

      NodeHttp.Answer verified = NodeHttp.basic(lb, "admin").get("/api/audit/verify");
      assertThat(verified.status()).isEqualTo(200);
      assertThat(verified.body()).as("audit verify").contains("\"ok\":true");
      System.out.printf(
          "cluster: %s; audit %s; %d s in all%n", checks, verified.body(), seconds(started));
    }
  }

  /**
   * For the session of {@code cookie}: the status of Tasklist's page and of the webapps' call to
   * the engine (the number of tasks the session's user may see), 200 and 200 if both serve it.
   */
  static String tasklist(int port, String cookie) throws Exception {
    NodeHttp http = NodeHttp.cookie(port, cookie);
    NodeHttp.Answer tasks = http.get("/camunda/api/engine/engine/default/task/count");
    int page = http.get("/camunda/app/tasklist/default/").status();
    return page + " " + tasks.status() + (tasks.body().contains("\"count\"") ? "" : " no count");
  }

  static long seconds(long since) {
    return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
  }
}
