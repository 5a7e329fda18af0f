package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.calendar.EngineClock;

/**
 * The finding replayed: a database writer who rewrites a range of the trail with recomputed plain
 * SHA-256 hashes and moves the head is caught at the first rewritten entry; one who even has the
 * HMAC key is caught by a head signed before the rewrite. Entries under a rotated key, and entries
 * written before keys existed, still verify. Every rewrite is undone, and the chain verifies again.
 */
@IntegrationTest
class AuditSealIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditLog log;
  @Autowired AuditSeal seal;
  @Autowired AuditSettings settings;
  @Autowired HeadJournal journal;
  @Autowired EngineClock clock;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired RuntimeService runtime;
  @Autowired TreeSealer sealer;
  @Autowired TreeStore store;

  private final List<String> codes = new ArrayList<>();

  @AfterEach
  void chainIsValidAgainAndClockReset() {
    DemoData.resetClock();
    codes.forEach(
        code ->
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(code)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished")));
    assertThat(verify("").getBody()).containsEntry("ok", true);
  }

  @Test
  void aRangeRehashedWithPlainSha256AndTheHeadMovedBreaksAtItsFirstEntry() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    long from = firstSeqOf(receive());
    receive();
    long head = log.head().seq();
    assertThat(head).isGreaterThan(from);

    try (ChainTampering attacker = new ChainTampering(jdbc, log, from)) {
      attacker.rewrite(e -> e.sealedWith(null, AuditHash.of(e)), "sửa sau");
      assertThat(verify("").getBody())
          .containsEntry("ok", false)
          .containsEntry("brokenAt", (int) from)
          .containsEntry("reason", "unkeyed entry")
          .containsEntry("entries", (int) from - 1);
    }
    assertThat(verify("").getBody()).containsEntry("ok", true);

    try (ChainTampering attacker = new ChainTampering(jdbc, log, from)) {
      attacker.rewrite(e -> e.sealedWith("k1", AuditHash.of(e)), "sửa sau");
      assertThat(verify("").getBody())
          .containsEntry("ok", false)
          .containsEntry("brokenAt", (int) from)
          .containsEntry("reason", "hash mismatch");
    }
    assertThat(log.head().seq()).isEqualTo(head);
  }

  @Test
  void aRewriteResealedWithTheKeyIsCaughtByAHeadSignedBeforeIt() throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    long from = firstSeqOf(receive());
    ResponseEntity<Map<String, Object>> signed =
        http.withBasicAuth("admin", PASSWORD)
            .exchange("/api/audit/head", HttpMethod.POST, HttpEntity.EMPTY, JSON);
    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    Map<String, Object> saved = (Map<String, Object>) signed.getBody().get("head");
    int signedAt = ((Number) saved.get("entries")).intValue();
    receive();

    try (ChainTampering attacker = new ChainTampering(jdbc, log, from)) {
      attacker.rewrite(seal::seal, "sửa sau");
      long lines = Files.readAllLines(journal.file()).size();
      // the chain alone cannot tell; the Merkle tree sealed before the rewrite can
      Map<String, Object> whole = verify("").getBody();
      assertThat(whole).containsEntry("ok", false).doesNotContainKey("brokenAt");
      assertThat(whole.get("tree"))
          .asInstanceOf(InstanceOfAssertFactories.MAP)
          .containsEntry("firstBadLeaf", (int) from - 1)
          .containsEntry("reason", TreeVerifier.LEAF_MISMATCH);
      assertThat(verifyAgainst(saved).getBody())
          .containsEntry("ok", false)
          .containsEntry("brokenAt", signedAt)
          .containsEntry("reason", "head mismatch")
          .containsEntry("intactUpTo", 0);
      Map<String, Object> againstFile = verify("?against=file").getBody();
      assertThat(againstFile)
          .containsEntry("ok", false)
          .containsEntry("brokenAt", signedAt)
          .containsEntry("reason", "head mismatch");
      assertThat(((Number) againstFile.get("intactUpTo")).longValue()).isLessThan(from);

      ResponseEntity<Map<String, Object>> refused =
          http.withBasicAuth("admin", PASSWORD)
              .exchange("/api/audit/head", HttpMethod.POST, HttpEntity.EMPTY, JSON);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
      assertThat(refused.getBody())
          .containsEntry("reason", "head mismatch")
          .containsEntry("brokenAt", signedAt);
      assertThat(Files.readAllLines(journal.file())).hasSize((int) lines);
    }
    assertThat(verifyAgainst(saved).getBody())
        .containsEntry("ok", true)
        .containsEntry("entries", signedAt)
        .containsEntry("head", saved.get("lastHash"));
    assertThat(verify("?against=file").getBody()).containsEntry("ok", true);
  }

  @Test
  void entriesUnderTheOldKeyAndTheNewOneVerifyAfterARotation() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    String before = receive();
    AuditSeal rotated =
        new AuditSeal(
            new AuditSettings(
                settings.keys(), "k2", settings.signing(), settings.heads(), settings.headEvery()));
    String subject = "rotation-" + UUID.randomUUID();
    AuditAppender appender = new AuditAppender(log, transactionManager);
    appender.append(AuditDraft.of(clock.instant(), "test", "CLAIMED", "TEST", subject));
    appender.append(AuditDraft.of(clock.instant(), "test", "COMPLETED", "TEST", subject));
    AuditSequencer rotatedNode = new AuditSequencer(log, rotated);
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              store.lockSize();
              assertThat(rotatedNode.sequence(1000)).isEqualTo(2);
            });
    String after = receive();

    assertThat(keyIdsOf("dossier_code", before)).containsOnly("k1");
    assertThat(keyIdsOf("subject_id", subject)).containsExactly("k2", "k2");
    assertThat(keyIdsOf("dossier_code", after)).containsOnly("k1");
    assertThat(verify("").getBody()).containsEntry("ok", true);
    assertThat(new ChainVerifier(log, rotated).verify().ok()).isTrue();

    Map<String, String> onlyNew = Map.of("k2", settings.keys().get("k2"));
    AuditSeal retiredDropped =
        new AuditSeal(
            new AuditSettings(
                onlyNew, "k2", settings.signing(), settings.heads(), settings.headEvery()));
    assertThat(new ChainVerifier(log, retiredDropped).verify())
        .extracting(ChainVerifier.Verdict::reason, ChainVerifier.Verdict::brokenAt)
        .containsExactly(
            ChainVerifier.UNKNOWN_KEY,
            jdbc.queryForObject(
                "select min(seq) from audit_entry where key_id = 'k1'", Long.class));
  }

  @Test
  void entriesWrittenBeforeKeysExistedVerifyAndTheFirstKeyedEntryLinksToThem() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    receive();
    AuditLog.Head upgraded;
    try (ChainTampering upgrade = new ChainTampering(jdbc, log, 1)) {
      upgrade.rewrite(e -> e.sealedWith(null, AuditHash.of(e)), null);
      upgraded = log.head();
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from audit_entry where key_id is not null", Long.class))
          .isZero();
      // the chain verifies (the Merkle tree, sealed before this rewrite, tells it apart)
      assertThat(verify("").getBody())
          .doesNotContainKey("brokenAt")
          .containsEntry("head", upgraded.hash());

      String subject = "after-upgrade-" + UUID.randomUUID();
      new AuditAppender(log, transactionManager)
          .append(AuditDraft.of(clock.instant(), "test", "CLAIMED", "TEST", subject));
      sealer.seal();
      Map<String, Object> keyed =
          jdbc.queryForMap(
              "select seq, prev_hash, key_id from audit_entry where subject_id = ?", subject);
      assertThat(keyed).containsEntry("key_id", "k1").containsEntry("prev_hash", upgraded.hash());
      assertThat(verify("").getBody())
          .doesNotContainKey("brokenAt")
          .containsEntry("entries", (int) upgraded.seq() + 1);
    }
  }

  private List<String> keyIdsOf(String column, String value) {
    return jdbc.queryForList(
        "select key_id from audit_entry where " + column + " = ? order by seq",
        String.class,
        value);
  }

  private long firstSeqOf(String code) {
    return jdbc.queryForObject(
        "select min(seq) from audit_entry where dossier_code = ?", Long.class, code);
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

  private ResponseEntity<Map<String, Object>> verify(String query) {
    return http.withBasicAuth("thanhtra.tinh", PASSWORD)
        .exchange("/api/audit/verify" + query, HttpMethod.GET, HttpEntity.EMPTY, JSON);
  }

  private ResponseEntity<Map<String, Object>> verifyAgainst(Map<String, Object> head) {
    return http.withBasicAuth("thanhtra.tinh", PASSWORD)
        .exchange("/api/audit/verify", HttpMethod.POST, new HttpEntity<>(head), JSON);
  }
}
