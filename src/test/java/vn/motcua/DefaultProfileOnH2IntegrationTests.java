package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.motcua.attachment.Scans;
import vn.motcua.notification.Notifications;
import vn.motcua.notification.internal.NotificationSender;

/**
 * The zero-set-up default ({@code ./mvnw spring-boot:run}): the demo profile on an H2 database
 * starts, migrates, and serves the dossier API, its actions, the calendar, the papers and the
 * notification outbox (no SMTP server: messages are logged), and documents kept as files. Its own
 * engine name keeps the Camunda webapps of the PostgreSQL test context on their engine, and it runs
 * without the webapps: they keep JVM-wide runtime delegates (Tasklist's, Cockpit's, Admin's) that
 * this context would clear when it closes, leaving the shared context's Tasklist answering 500.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:motcua-default;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=h2default",
      "camunda.bpm.job-execution.enabled=false",
      "camunda.bpm.webapp.enabled=false",
      "motcua.attachment.directory=${java.io.tmpdir}/motcua-documents-${random.uuid}"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DefaultProfileOnH2IntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @Autowired NotificationSender sender;
  @Autowired JdbcClient jdbc;

  @Value("${motcua.attachment.directory}")
  Path documents;

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  void demoProfileOnH2ServesTheWholeDossierApi() {
    DemoData.setClock(java.time.LocalDateTime.of(2026, 11, 23, 9, 0));
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    assertThat(code).isEqualTo("000.00.01.H99-261123-0001");

    // birth registration declares no pause reason: a free-text pause is refused (issue 18)
    assertThat(
            http.withBasicAuth("hotich.anbinh", PASSWORD)
                .exchange(
                    "/api/dossiers/" + code + "/pause",
                    HttpMethod.POST,
                    new HttpEntity<>(Map.of("reason", "Chờ xác minh")),
                    JSON)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(
            post(
                code,
                "supplementation-request",
                Map.of("reason", "Thiếu", "items", List.of("Giấy chứng sinh"))))
        .containsEntry("status", "AWAITING_SUPPLEMENT")
        .containsEntry("paused", true);
    assertThat(post(code, "supplement", Map.of()))
        .containsEntry("status", "RECEIVED")
        .containsEntry("paused", false);

    ResponseEntity<byte[]> receipt =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .getForEntity("/api/dossiers/" + code + "/papers/01?format=pdf", byte[].class);
    assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(receipt.getBody(), 0, 5)).isEqualTo("%PDF-");

    ResponseEntity<List<Map<String, Object>>> holidays =
        http.exchange(
            "/api/calendar/holidays?year=2026",
            HttpMethod.GET,
            null,
            new ParameterizedTypeReference<>() {});
    assertThat(holidays.getBody()).extracting(day -> day.get("date")).contains("2026-04-27");
    assertThat(post(code, "withdrawal", Map.of("reason", "Rút hồ sơ")))
        .containsEntry("status", "WITHDRAWN");

    // the worklist's SQL (a union cut into pages before the join) runs on H2 as on PostgreSQL
    for (String query : List.of("scope=unit", "scope=unit&sort=due&page=1", "scope=mine&q=an")) {
      ResponseEntity<String> worklist =
          http.withBasicAuth("vanphong.anbinh", PASSWORD)
              .getForEntity("/api/worklist?" + query, String.class);
      assertThat(worklist.getStatusCode())
          .as(query + ": " + worklist.getBody())
          .isEqualTo(HttpStatus.OK);
    }

    // the reports' SQL (percentile_cont, extract(epoch …)) runs on H2 as on PostgreSQL
    for (String report : List.of("statistics", "overview", "delays", "service-index")) {
      ResponseEntity<String> answer =
          http.withBasicAuth("thanhtra.tinh", PASSWORD)
              .getForEntity(
                  "/api/reports/" + report + "?from=2026-11-01&to=2026-11-30", String.class);
      assertThat(answer.getStatusCode())
          .as(report + ": " + answer.getBody())
          .isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<String> statistics =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .getForEntity("/api/reports/statistics?from=2026-11-01&to=2026-11-30", String.class);
    assertThat(statistics.getBody()).contains("\"withdrawn\":1");

    // the day totals the withdrawal added to are rebuilt the same from the history on H2
    assertThat(
            http.withBasicAuth("admin", PASSWORD)
                .postForEntity("/api/reports/totals/rebuild", null, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            http.withBasicAuth("thanhtra.tinh", PASSWORD)
                .getForEntity("/api/reports/statistics?from=2026-11-01&to=2026-11-30", String.class)
                .getBody())
        .isEqualTo(statistics.getBody());
  }

  @Test
  void notificationsOnH2AreQueuedOnceLoggedAndListed() throws InterruptedException {
    notifications.send("h2", List.of("hotich.anbinh"), "Trên H2", "Nội dung", null);
    notifications.send("h2", List.of("hotich.anbinh"), "Lần hai", "Nội dung", null);
    // the scheduled sender runs in this profile too: this call or the poller sends the row
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (unsent("h2") > 0 && System.nanoTime() < deadline) {
      sender.sendDue();
      Thread.sleep(50);
    }
    assertThat(unsent("h2")).isZero();

    ResponseEntity<Map<String, Object>> inbox =
        http.withBasicAuth("hotich.anbinh", PASSWORD)
            .exchange("/api/notifications", HttpMethod.GET, null, JSON);
    assertThat(inbox.getBody()).containsEntry("unread", 1);
    assertThat((List<?>) inbox.getBody().get("items")).hasSize(1);
  }

  @Test
  void documentsOnH2AreFilesUnderTheConfiguredDirectoryWithTheirMetadataInTheDatabase() {
    String code =
        (String)
            http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
                .exchange(
                    "/api/dossiers",
                    HttpMethod.POST,
                    new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                    JSON)
                .getBody()
                .get("code");
    byte[] scan = Scans.pdf();
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new NamedBytes(scan, "giấy chứng sinh.pdf"));
    form.add("kind", "D1");
    ResponseEntity<Map<String, Object>> stored =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/documents",
                HttpMethod.POST,
                new HttpEntity<>(form),
                JSON);
    assertThat(stored.getStatusCode()).as("%s", stored.getBody()).isEqualTo(HttpStatus.CREATED);
    String id = (String) stored.getBody().get("id");

    assertThat(documents.resolve(id.substring(0, 2)).resolve(id)).exists().hasBinaryContent(scan);
    assertThat(jdbc.sql("select count(*) from attachment_content").query(Long.class).single())
        .isZero();
    assertThat(
            http.withBasicAuth("hotich.anbinh", PASSWORD)
                .getForEntity("/api/dossiers/" + code + "/documents/" + id, byte[].class)
                .getBody())
        .isEqualTo(scan);
  }

  /** A file part with a name, as a browser sends it. */
  private static final class NamedBytes extends ByteArrayResource {
    private final String name;

    NamedBytes(byte[] bytes, String name) {
      super(bytes);
      this.name = name;
    }

    @Override
    public String getFilename() {
      return name;
    }
  }

  private long unsent(String key) {
    return jdbc.sql("select count(*) from notification where dedup_key = ? and sent_at is null")
        .param(key)
        .query(Long.class)
        .single();
  }

  private Map<String, Object> post(String code, String action, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body),
                JSON);
    assertThat(response.getStatusCode())
        .as(action + ": " + response.getBody())
        .isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
