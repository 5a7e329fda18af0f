package vn.motcua.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import vn.motcua.ClusterNodes;
import vn.motcua.DemoData;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierReceived;

/**
 * Two application nodes on one PostgreSQL database ({@code MOTCUA_CLUSTER_DB_URL}), each with its
 * notification sender running. Dossiers are received on both nodes; then each dossier's "received"
 * moment is announced again on both nodes at once (as a retried job on another node would): every
 * applicant still gets exactly one e-mail (GreenMail) and one SMS (the logging gateway's lines),
 * whichever node queued or sent it.
 */
class ApplicantNoticesClusterIntegrationTests {

  static final int DOSSIERS = 60;

  static GreenMail smtp;
  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;
  static ListAppender<ILoggingEvent> sms;

  @BeforeAll
  static void startTwoNodes() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    sms = new ListAppender<>();
    sms.start();
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0)); // Monday
    vn.motcua.ClusterNodes.emptyDatabase();
    nodeA = node("noticesA", "postgres", "demo"); // migrates, seeds the demo organisation
    nodeB = node("noticesB", "postgres");
    // after both started: each context's logging system resets the loggers when it starts
    Logger logger = (Logger) LoggerFactory.getLogger("vn.motcua.notification.sms");
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
    logger.addAppender(sms);
  }

  @AfterAll
  static void stopNodes() {
    ClusterNodes.stop(smtp, nodeA, nodeB);
  }

  static ConfigurableApplicationContext node(String name, String... profiles) {
    return vn.motcua.ClusterNodes.start(
        name,
        smtp.getSmtp().getPort(),
        List.of(
            "--motcua.notification.poll=PT0.2S",
            "--motcua.notification.batch-size=5",
            "--logging.level.vn.motcua.notification.sms=INFO"),
        profiles);
  }

  @Test
  void eachApplicantIsToldOncePerChannelAcrossTwoNodes() throws Exception {
    String run = Long.toString(System.nanoTime() % 1_000_000);
    List<Future<String>> receipts = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> codes = new ArrayList<>();
    try {
      for (int i = 0; i < DOSSIERS; i++) {
        RestClient client = client(i % 2 == 0 ? nodeA : nodeB);
        Map<String, Object> body = dossier(run, i);
        receipts.add(
            pool.submit(
                () ->
                    (String)
                        client
                            .post()
                            .uri("/api/dossiers")
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(body)
                            .retrieve()
                            .body(Map.class)
                            .get("code")));
      }
      for (Future<String> receipt : receipts) {
        codes.add(receipt.get());
      }
      // the moment announced again, on both nodes at once, for every dossier
      List<Future<?>> again = new ArrayList<>();
      for (String code : codes) {
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
          again.add(pool.submit(() -> announceAgain(node, code)));
        }
      }
      for (Future<?> f : again) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(codes).hasSize(DOSSIERS).doesNotHaveDuplicates();

    JdbcClient db = nodeA.getBean(JdbcClient.class);
    String ours = "dossier_code in (select code from dossier where applicant_email like ?)";
    String like = "%.r" + run + "@example.vn";
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline
        && count(
                db, "select count(*) from notification where sent_at is not null and " + ours, like)
            < 2L * DOSSIERS) {
      Thread.sleep(200);
    }
    Thread.sleep(1_000); // anything sent twice would show by now

    assertThat(count(db, "select count(*) from notification where " + ours, like))
        .isEqualTo(2L * DOSSIERS);
    assertThat(
            count(
                db,
                "select count(*) from notification where sent_at is not null and " + ours,
                like))
        .isEqualTo(2L * DOSSIERS);
    assertThat(count(db, "select count(*) from notification where attempts > 0 and " + ours, like))
        .isZero();

    List<MimeMessage> mails =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> to(m).endsWith(".r" + run + "@example.vn"))
            .toList();
    assertThat(mails).hasSize(DOSSIERS);
    assertThat(mails.stream().map(ApplicantNoticesClusterIntegrationTests::to).distinct())
        .hasSize(DOSSIERS);
    for (String code : codes) {
      assertThat(
              sms.list.stream()
                  .map(ILoggingEvent::getFormattedMessage)
                  .filter(m -> m.contains("Ho so " + code + " da duoc tiep nhan")))
          .as("SMS about %s", code)
          .hasSize(1);
    }
  }

  private static void announceAgain(ConfigurableApplicationContext node, String code) {
    JdbcClient db = node.getBean(JdbcClient.class);
    var row =
        db.sql("select received_at, due_at from dossier where code = ?")
            .param(code)
            .query(
                (rs, n) ->
                    new java.time.Instant[] {
                      rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                      rs.getObject(2, java.time.OffsetDateTime.class).toInstant()
                    })
            .single();
    node.getBean(TransactionTemplate.class)
        .executeWithoutResult(
            status ->
                node.publishEvent(
                    new DossierReceived(
                        code,
                        "birth-registration",
                        AN_BINH,
                        AN_BINH,
                        Channel.COUNTER,
                        "tiepnhan.anbinh",
                        row[0],
                        row[1])));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> dossier(String run, int i) {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    Map<String, Object> applicant = new HashMap<>((Map<String, Object>) body.get("applicant"));
    applicant.put("email", "a" + i + ".r" + run + "@example.vn");
    applicant.put("phone", String.format("098%07d", i));
    body.put("applicant", applicant);
    return body;
  }

  private static RestClient client(ConfigurableApplicationContext node) {
    String port = node.getEnvironment().getProperty("local.server.port");
    return RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultHeaders(h -> h.setBasicAuth("tiepnhan.anbinh", PASSWORD))
        .build();
  }

  private static String to(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(JdbcClient db, String sql, Object... params) {
    return db.sql(sql).params(params).query(Long.class).single();
  }
}
