package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * The signed head: written as a line of the journal file, published to anyone at {@code GET
 * /api/audit/head}, checked by a third party with the JDK alone; signed on demand by administrators
 * only; a forged head is refused with a problem detail and changes nothing.
 */
@IntegrationTest
class AuditHeadIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired HeadJournal journal;
  @Autowired RuntimeService runtime;
  @Autowired TreeSealer sealer;

  private final List<String> codes = new ArrayList<>();

  @AfterEach
  void endDossiersAndResetClock() {
    DemoData.resetClock();
    codes.forEach(
        code ->
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(code)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished")));
  }

  @Test
  void theHeadIsAppendedToTheFileAndAThirdPartyChecksItWithTheJdkAlone() throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    receive();
    ResponseEntity<Map<String, Object>> signed = sign("admin");
    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> head = head(signed.getBody());
    Map<String, Object> row = jdbc.queryForMap("select seq, entry_hash from audit_head");
    assertThat(head)
        .containsEntry("entries", ((Number) row.get("seq")).intValue())
        .containsEntry("lastHash", row.get("entry_hash"))
        .containsEntry("at", "2026-11-23T01:00:00Z")
        .containsEntry("keyId", "k1");

    List<String> lines = Files.readAllLines(journal.file(), StandardCharsets.UTF_8);
    @SuppressWarnings("unchecked")
    Map<String, Object> written =
        new ObjectMapper().readValue(lines.get(lines.size() - 1), Map.class);
    assertThat(written).isEqualTo(head);

    ResponseEntity<Map<String, Object>> published =
        http.exchange("/api/audit/head", HttpMethod.GET, HttpEntity.EMPTY, JSON);
    assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(head(published.getBody())).isEqualTo(head);
    assertThat(published.getBody()).containsEntry("algorithm", "Ed25519");

    // what a third party runs: the published key, the documented message, the JDK
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(
        KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new X509EncodedKeySpec(
                    Base64.getDecoder().decode((String) published.getBody().get("publicKey")))));
    String message =
        String.join(
            "\n",
            "motcua-audit-head-v1",
            written.get("entries").toString(),
            (String) written.get("lastHash"),
            (String) written.get("at"),
            (String) written.get("keyId"));
    ed25519.update(message.getBytes(StandardCharsets.UTF_8));
    assertThat(ed25519.verify(Base64.getDecoder().decode((String) written.get("signature"))))
        .isTrue();

    // nothing appended since: signing again writes no second line
    assertThat(head(sign("admin").getBody())).isEqualTo(head);
    assertThat(Files.readAllLines(journal.file())).hasSize(lines.size());
    assertThat(verify("?against=file").getBody())
        .containsEntry("ok", true)
        .containsEntry("entries", head.get("entries"));
  }

  @Test
  void onlyAdministratorsSignAndAForgedHeadIsRefusedChangingNothing() throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    receive();
    Map<String, Object> head = head(sign("admin").getBody());
    long lines = Files.readAllLines(journal.file()).size();
    receive();

    ResponseEntity<Map<String, Object>> supervisor = sign("thanhtra.tinh");
    assertThat(supervisor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(supervisor.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(
            http.exchange("/api/audit/head", HttpMethod.POST, HttpEntity.EMPTY, JSON)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Files.readAllLines(journal.file())).hasSize((int) lines);

    Map<String, Object> forged = new HashMap<>(head);
    forged.put("entries", ((Number) head.get("entries")).longValue() - 1);
    ResponseEntity<Map<String, Object>> refused = verifyAgainst("thanhtra.tinh", forged, "vi");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(refused.getBody())
        .containsEntry("title", "Chữ ký không hợp lệ")
        .containsEntry(
            "detail",
            "Chữ ký của đầu chuỗi không khớp với khóa công khai của nhật ký: đầu chuỗi này không"
                + " do hệ thống ký, hoặc đã bị sửa.");
    assertThat(verifyAgainst("thanhtra.tinh", forged, "en").getBody())
        .containsEntry("title", "Invalid signature");
    Map<String, Object> incomplete = new HashMap<>(head);
    incomplete.remove("lastHash");
    ResponseEntity<Map<String, Object>> invalid = verifyAgainst("thanhtra.tinh", incomplete, "vi");
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("errors").toString()).contains("lastHash");
    assertThat(verifyAgainst("hotich.anbinh", head, "vi").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> bogus = verify("?against=database");
    assertThat(bogus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bogus.getHeaders().getContentType().toString()).contains("problem+json");

    assertThat(verifyAgainst("thanhtra.tinh", head, "vi").getBody())
        .containsEntry("ok", true)
        .containsEntry("head", head.get("lastHash"));
    assertThat(Files.readAllLines(journal.file())).hasSize((int) lines);
    assertThat(head(http.getForObject("/api/audit/head", Map.class))).isEqualTo(head);
  }

  @Test
  void aForgedLineInTheHeadFileIsReportedAndNothingIsSignedAfterIt() throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    receive();
    Map<String, Object> head = head(sign("admin").getBody());
    List<String> lines = Files.readAllLines(journal.file());
    Map<String, Object> forged = new HashMap<>(head);
    forged.put("lastHash", "ab".repeat(32));
    Files.writeString(
        journal.file(),
        new ObjectMapper().writeValueAsString(forged) + "\n",
        StandardOpenOption.APPEND);
    try {
      assertThat(verify("?against=file").getBody())
          .containsEntry("ok", false)
          .containsEntry("brokenAt", head.get("entries"))
          .containsEntry("reason", "bad head signature");
      receive();
      ResponseEntity<Map<String, Object>> refused = sign("admin");
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(refused.getBody()).containsEntry("reason", "bad head signature");
      assertThat(Files.readAllLines(journal.file())).hasSize(lines.size() + 1);
    } finally {
      Files.write(journal.file(), lines);
    }
    assertThat(verify("?against=file").getBody()).containsEntry("ok", true);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> head(Map<?, ?> published) {
    return (Map<String, Object>) published.get("head");
  }

  private ResponseEntity<Map<String, Object>> sign(String official) {
    return http.withBasicAuth(official, PASSWORD)
        .exchange("/api/audit/head", HttpMethod.POST, HttpEntity.EMPTY, JSON);
  }

  private ResponseEntity<Map<String, Object>> verify(String query) {
    return http.withBasicAuth("thanhtra.tinh", PASSWORD)
        .exchange("/api/audit/verify" + query, HttpMethod.GET, HttpEntity.EMPTY, JSON);
  }

  private ResponseEntity<Map<String, Object>> verifyAgainst(
      String official, Map<String, Object> head, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.withBasicAuth(official, PASSWORD)
        .exchange("/api/audit/verify", HttpMethod.POST, new HttpEntity<>(head, headers), JSON);
  }

  private String receive() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    codes.add((String) created.getBody().get("code"));
    sealer.seal();
    return (String) created.getBody().get("code");
  }
}
