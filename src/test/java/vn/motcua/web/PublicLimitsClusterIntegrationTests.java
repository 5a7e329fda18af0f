package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import vn.motcua.ClusterNodes;
import vn.motcua.DemoData;

/**
 * Two application nodes on one PostgreSQL database ({@code MOTCUA_CLUSTER_DB_URL}), neither with a
 * configured submission key: the public rate limits are shared (30 status lookups a minute from one
 * client, spread over both nodes, and the 31st is refused by either node), and a one-time code and
 * the proof it gives, issued by one node, are accepted by the other.
 */
class PublicLimitsClusterIntegrationTests {

  private static final String UNKNOWN = AN_BINH + "-000101-9999";
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  static GreenMail smtp;
  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void startTwoNodes() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    DemoData.setClock(LocalDateTime.of(2031, 2, 3, 9, 0)); // Monday
    ClusterNodes.emptyDatabase();
    nodeA = ClusterNodes.start("limitsA", smtp.getSmtp().getPort(), List.of(), "postgres", "demo");
    nodeB = ClusterNodes.start("limitsB", smtp.getSmtp().getPort(), List.of(), "postgres");
  }

  @AfterAll
  static void stopNodes() {
    ClusterNodes.stop(smtp, nodeA, nodeB);
  }

  @Test
  void theThirtyFirstLookupIsRefusedByEitherNodeWhenTheThirtyWereSpreadOverBoth() {
    DemoData.setClock(LocalDateTime.of(2031, 2, 3, 9, 0));
    for (int i = 0; i < 30; i++) {
      ResponseEntity<String> answer = lookup(i % 2 == 0 ? nodeA : nodeB);
      assertThat(answer.getStatusCode().value()).as("lookup %d", i + 1).isEqualTo(404);
    }
    for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
      ResponseEntity<String> refused = lookup(node);
      assertThat(refused.getStatusCode().value()).isEqualTo(429);
      assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
          .satisfies(v -> assertThat(Long.parseLong(v)).isBetween(1L, 60L));
      assertThat(refused.getBody()).contains("status-lookup");
    }
    assertThat(
            db().sql("select count(*) from public_limit_bucket where id like 'status-lookup %'")
                .query(Long.class)
                .single())
        .isEqualTo(1L);

    DemoData.setClock(LocalDateTime.of(2031, 2, 3, 9, 1, 1));
    assertThat(lookup(nodeB).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aCodeSentByOneNodeIsVerifiedByTheOtherWhoseProofTheFirstAccepts() throws Exception {
    DemoData.setClock(LocalDateTime.of(2031, 2, 4, 9, 0));
    String email = "cum" + System.nanoTime() % 1_000_000 + "@example.vn";
    ResponseEntity<String> sent =
        client(nodeA)
            .post()
            .uri("/api/public/otp")
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("channel", "EMAIL", "address", email))
            .retrieve()
            .toEntity(String.class);
    assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(202);

    ResponseEntity<Map> verified =
        client(nodeB)
            .post()
            .uri("/api/public/otp/verify")
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("address", email, "code", codeFromMail(email)))
            .retrieve()
            .toEntity(Map.class);
    assertThat(verified.getStatusCode().value()).as("%s", verified.getBody()).isEqualTo(200);
    String proof = (String) verified.getBody().get("proof");
    assertThat(proof).startsWith("v1.EMAIL.");

    // node A checks the proof first (401 when forged), then the procedure (404: none by that name)
    ResponseEntity<String> accepted = submit(nodeA, proof, email);
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(404);
    assertThat(accepted.getBody()).contains("no-such-procedure");
    String forged = proof.substring(0, proof.length() - 2) + (proof.endsWith("AA") ? "BB" : "AA");
    ResponseEntity<String> refused = submit(nodeA, forged, email);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(401);

    assertThat(db().sql("select count(*) from submission_key").query(Long.class).single())
        .isEqualTo(1L);
  }

  private static ResponseEntity<String> submit(
      ConfigurableApplicationContext node, String proof, String email) {
    Map<String, Object> submission =
        Map.of(
            "procedure",
            "no-such-procedure",
            "agency",
            AN_BINH,
            "applicant",
            Map.of("fullName", "Nguyễn Văn Cụm", "idNumber", "001099012345", "email", email),
            "data",
            Map.of(),
            "proof",
            proof);
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("submission", new HttpEntity<>(submission, json));
    return client(node)
        .post()
        .uri("/api/public/submissions")
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts)
        .retrieve()
        .toEntity(String.class);
  }

  private static ResponseEntity<String> lookup(ConfigurableApplicationContext node) {
    return client(node)
        .post()
        .uri("/api/public/status")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("code", UNKNOWN, "idDigits", "1234"))
        .retrieve()
        .toEntity(String.class);
  }

  private static RestClient client(ConfigurableApplicationContext node) {
    return RestClient.builder()
        .baseUrl("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port"))
        .defaultStatusHandler(status -> true, (request, response) -> {})
        .build();
  }

  private static JdbcClient db() {
    return nodeA.getBean(JdbcClient.class);
  }

  /** The code of the newest e-mail to {@code address}. */
  private static String codeFromMail(String address) throws Exception {
    MimeMessage found = null;
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals(address)) {
        found = m;
      }
    }
    assertThat(found).as("an e-mail to " + address).isNotNull();
    Matcher m = CODE.matcher(GreenMailUtil.getBody(found));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
