package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import vn.motcua.ClusterNodes;
import vn.motcua.DemoData;

/**
 * Two application nodes on one PostgreSQL database (their own, {@code motcua_cluster}), each with
 * its job executor and notification sender running, as in production. 500 birth registrations are
 * received on node A at 08:00 on Monday; then the demo clock (node A, the only one with the demo
 * profile) jumps to Tuesday 09:01, past six rungs of every dossier: the reception step's soon-due,
 * overdue and unit-head rungs (one ladder timer, which reaches all three) and the dossier's
 * soon-due, apology and overdue rungs. Both nodes fire the 2,000 timers; every dossier must get
 * each rung, its notification and its e-mail exactly once, none lost. Node B runs the {@code
 * postgres} profile alone, where the demo clock does not exist.
 */
class DeadlineClusterIntegrationTests {

  static final int DOSSIERS = 500;
  static final List<String> RUNGS =
      List.of(
          "StepSoonDue",
          "StepOverdue",
          "DossierEscalated",
          "DossierSoonDue",
          "ApologyDue",
          "DossierOverdue");

  static GreenMail smtp;
  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void startTwoNodes() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0)); // Monday
    vn.motcua.ClusterNodes.emptyDatabase();
    nodeA = node("nodeA", "postgres", "demo"); // migrates, seeds the demo organisation
    nodeB = node("nodeB", "postgres");
  }

  @AfterAll
  static void stopNodes() {
    ClusterNodes.stop(smtp, nodeA, nodeB);
  }

  static ConfigurableApplicationContext node(String name, String... profiles) {
    return vn.motcua.ClusterNodes.start(
        name, smtp.getSmtp().getPort(), List.of("--motcua.notification.poll=PT0.5S"), profiles);
  }

  @Test
  void fiveHundredDossiersPastTheirDeadlinesAtOnceEscalateAndNotifyExactlyOnce() throws Exception {
    assertThat(nodeA.getBean(ProcessEngine.class).getName()).isEqualTo("nodeA");
    assertThat(nodeB.getBean(ProcessEngine.class).getName()).isEqualTo("nodeB");
    RestClient a = client(nodeA);
    List<String> codes = receive(a);
    assertThat(codes).hasSize(DOSSIERS).doesNotHaveDuplicates();
    JdbcClient db = nodeA.getBean(JdbcClient.class);
    // per dossier: the reception step's ladder timer (one at a time) and the three dossier rungs
    assertThat(count(db, "select count(*) from ACT_RU_JOB where PROCESS_INSTANCE_ID_ is not null"))
        .isEqualTo(4L * DOSSIERS);

    var moved =
        client(nodeA, "admin")
            .post()
            .uri("/api/demo/clock")
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("to", "2026-11-24T09:01"))
            .retrieve()
            .toEntity(Map.class);
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    wake(nodeB);

    long expected = (long) RUNGS.size() * DOSSIERS;
    long deadline = System.currentTimeMillis() + 600_000;
    int polls = 0;
    while (System.currentTimeMillis() < deadline
        && (count(
                    db,
                    "select count(*) from notification where sent_at is not null and channel is null")
                < expected
            || count(db, "select count(*) from deadline_event") < expected)) {
      Thread.sleep(500);
      if (++polls % 20 == 0) {
        System.out.printf(
            "cluster: %ds: %d events, %d notifications sent, %d timers due%n",
            polls / 2,
            count(db, "select count(*) from deadline_event"),
            count(
                db,
                "select count(*) from notification where sent_at is not null and channel is null"),
            count(
                db,
                "select count(*) from ACT_RU_JOB where PROCESS_INSTANCE_ID_ is not null"
                    + " and DUEDATE_ < (select min(at) + interval '1 day' from deadline_event)"));
      }
    }

    // every dossier reached every rung once: one event each, and one history line each
    assertThat(count(db, "select count(*) from deadline_event")).isEqualTo(expected);
    for (String kind : RUNGS) {
      assertThat(
              db.sql(
                      "select count(distinct dossier_code) from deadline_event where kind = ?"
                          + " and dossier_code like ?")
                  .params(kind, AN_BINH + "-%")
                  .query(Long.class)
                  .single())
          .as(kind)
          .isEqualTo((long) DOSSIERS);
    }
    assertThat(
            count(
                db,
                "select count(*) from dossier_event where kind in ('StepSoonDue', 'StepOverdue',"
                    + " 'DossierEscalated', 'DossierSoonDue', 'ApologyDue', 'DossierOverdue')"))
        .isEqualTo(expected);
    assertThat(count(db, "select count(*) from dossier_deadline where flag = 'OVERDUE' and late"))
        .isEqualTo((long) DOSSIERS);
    assertThat(
            count(db, "select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_IssueApology'"))
        .isEqualTo((long) DOSSIERS);

    // one notification per rung and recipient, each e-mailed once
    assertThat(count(db, "select count(*) from notification where channel is null"))
        .isEqualTo(expected);
    assertThat(
            count(
                db,
                "select count(*) from (select dedup_key, recipient from notification"
                    + " where channel is null group by dedup_key, recipient having count(*) > 1) d"))
        .isZero();
    assertThat(count(db, "select count(*) from notification where sent_at is null")).isZero();
    // the officials' mails (each applicant is also told of the receipt, once)
    MimeMessage[] mails =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> !recipient(m).equals("an.nguyen@example.vn"))
            .toArray(MimeMessage[]::new);
    assertThat(mails).hasSize((int) expected);
    assertThat(Arrays.stream(mails).map(DeadlineClusterIntegrationTests::messageId).distinct())
        .hasSize((int) expected);

    // none lost or failed, and both nodes did the work
    assertThat(
            count(
                db,
                "select count(*) from ACT_RU_JOB where EXCEPTION_MSG_ is not null"
                    + " or RETRIES_ < 1"))
        .isZero();
    assertThat(db.sql("select distinct HOSTNAME_ from ACT_HI_JOB_LOG").query(String.class).list())
        .contains("nodeA", "nodeB");
  }

  @Test
  void theDemoClockDoesNotExistUnderThePostgresProfile() {
    HttpStatusCode status =
        client(nodeB)
            .post()
            .uri("/api/demo/clock")
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("advance", "P1D"))
            .exchange((request, response) -> response.getStatusCode());
    assertThat(status.value()).isEqualTo(404);
  }

  private static List<String> receive(RestClient a) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> receipts = new ArrayList<>();
      for (int i = 0; i < DOSSIERS; i++) {
        receipts.add(
            pool.submit(
                () ->
                    (String)
                        a.post()
                            .uri("/api/dossiers")
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(DemoData.birthRegistration(AN_BINH))
                            .retrieve()
                            .body(Map.class)
                            .get("code")));
      }
      List<String> codes = new ArrayList<>();
      for (Future<String> receipt : receipts) {
        codes.add(receipt.get());
      }
      return codes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reception at An Bình on node A; the administrator on node B (same identity tables). */
  private static RestClient client(ConfigurableApplicationContext node) {
    return client(node, node == nodeA ? "tiepnhan.anbinh" : "admin");
  }

  private static RestClient client(ConfigurableApplicationContext node, String user) {
    String port = node.getEnvironment().getProperty("local.server.port");
    return RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultHeaders(h -> h.setBasicAuth(user, PASSWORD))
        .build();
  }

  private static void wake(ConfigurableApplicationContext node) {
    ((ProcessEngineConfigurationImpl)
            node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
        .getJobExecutor()
        .jobWasAdded();
  }

  private static long count(JdbcClient db, String sql) {
    return db.sql(sql).query(Long.class).single();
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
