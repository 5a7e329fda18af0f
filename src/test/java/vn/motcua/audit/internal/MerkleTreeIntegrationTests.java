package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.InstanceOfAssertFactories;
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
import org.springframework.transaction.PlatformTransactionManager;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.calendar.EngineClock;

/**
 * The Merkle tree over the trail: sealing signs heads with the engine clock's time; an entry
 * edited, deleted or reordered behind the application's back after it was sealed is reported by the
 * tree's verify at its leaf index, and so is a rewrite of the sealed leaves themselves, at the
 * signed head it no longer matches; who may seal, verify and read a dossier's proofs; malformed
 * ranges and unknown heads answer problem details in both languages. Every tampering is undone.
 */
@IntegrationTest
class MerkleTreeIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired AuditLog log;
  @Autowired TreeStore store;
  @Autowired AuditSequencer sequencer;
  @Autowired HeadSigner signer;
  @Autowired EngineClock clock;
  @Autowired PlatformTransactionManager transactions;

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
  void sealingSignsTheEntriesSoFarAtTheEngineClocksTime() {
    DemoData.setClock(LocalDateTime.of(2026, 12, 11, 8, 0));
    receive();
    Map<String, Object> head = head(seal("admin").getBody());
    long entries = log.head().seq();
    assertThat(((Number) head.get("treeSize")).longValue()).isEqualTo(entries);
    assertThat(head).containsEntry("timestamp", "2026-12-11T01:00:00Z");
    // nothing appended since: the same head, no second row
    assertThat(head(seal("admin").getBody())).isEqualTo(head);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_tree_head where tree_size = ?", Long.class, entries))
        .isEqualTo(1L);
    assertThat(head(http.getForObject("/api/audit/tree/head", Map.class))).isEqualTo(head);
    List<Map<String, Object>> log =
        http.exchange(
                "/api/audit/tree/heads?from=" + entries + "&to=" + entries,
                HttpMethod.GET,
                HttpEntity.EMPTY,
                LIST)
            .getBody();
    assertThat(log).containsExactly(head);
    assertThat(verify("thanhtra.tinh").getBody())
        .containsEntry("ok", true)
        .containsEntry("treeSize", (int) entries)
        .containsEntry("rootHash", head.get("rootHash"));
  }

  /**
   * Sealers on every node: two sealing at once queue on the state row; each head extends the one
   * before, every entry is sealed once, and the tree still verifies. The periodic sealer of a node
   * (off in the tests' configuration, switched on here) seals what was appended.
   */
  @Test
  void sealersRunningAtOnceOnEveryNodeSealEachEntryOnce() throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 12, 11, 13, 0));
    seal("admin");
    receive();
    TreeSealer one = new TreeSealer(log, sequencer, store, signer, clock, transactions, true);
    TreeSealer two = new TreeSealer(log, sequencer, store, signer, clock, transactions, true);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Optional<TreeHead>>> seals = List.of(one::seal, two::seal, one::seal);
      for (Future<Optional<TreeHead>> sealed : nodes.invokeAll(seals)) {
        assertThat(sealed.get()).isPresent();
      }
    } finally {
      nodes.shutdown();
    }
    long size = log.head().seq();
    assertThat(store.latest().orElseThrow().treeSize()).isEqualTo(size);
    assertThat(jdbc.queryForObject("select tree_size from audit_tree_state", Long.class))
        .isEqualTo(size);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_tree_node where height = 0", Long.class))
        .isEqualTo(size);

    receive();
    one.sealPeriodically();
    assertThat(store.latest().orElseThrow().treeSize()).isEqualTo(log.head().seq());
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);
  }

  @Test
  void anEditedDeletedOrReorderedSealedEntryIsReportedAtItsLeafIndex() {
    DemoData.setClock(LocalDateTime.of(2026, 12, 11, 9, 0));
    receive();
    receive();
    seal("admin");
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);
    long seq = log.head().seq() - 1; // the last two entries are sealed: seq and seq + 1
    long leaf = seq - 1;
    Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);

    jdbc.update("update audit_entry set actor = 'ai.do' where seq = ?", seq);
    try {
      assertThat(verify("thanhtra.tinh").getBody())
          .containsEntry("ok", false)
          .containsEntry("firstBadLeaf", (int) leaf)
          .containsEntry("reason", "leaf mismatch");
      wholeLogBrokenAt(leaf, "leaf mismatch");
    } finally {
      jdbc.update("update audit_entry set actor = ? where seq = ?", row.get("actor"), seq);
    }
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);

    jdbc.update("delete from audit_entry where seq = ?", seq);
    try {
      assertThat(verify("thanhtra.tinh").getBody())
          .containsEntry("ok", false)
          .containsEntry("firstBadLeaf", (int) leaf)
          .containsEntry("reason", "missing entry");
      wholeLogBrokenAt(leaf, "missing entry");
    } finally {
      reinsert(row);
    }
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);

    swap(seq, seq + 1);
    try {
      assertThat(verify("thanhtra.tinh").getBody())
          .containsEntry("ok", false)
          .containsEntry("firstBadLeaf", (int) leaf)
          .containsEntry("reason", "leaf mismatch");
      wholeLogBrokenAt(leaf, "leaf mismatch");
    } finally {
      swap(seq, seq + 1);
    }
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);
  }

  @Test
  void rewritingTheSealedLeavesTooBreaksTheSignedRoot() {
    DemoData.setClock(LocalDateTime.of(2026, 12, 11, 10, 0));
    receive();
    Map<String, Object> first = head(seal("admin").getBody());
    receive();
    Map<String, Object> second = head(seal("admin").getBody());
    long seq = ((Number) first.get("treeSize")).longValue() + 1; // sealed by the second head only
    Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
    String stored =
        jdbc.queryForObject(
            "select node_hash from audit_tree_node where height = 0 and idx = ?",
            String.class,
            seq - 1);

    jdbc.update("update audit_entry set reason = 'sửa sau' where seq = ?", seq);
    String forged = HexFormat.of().formatHex(MerkleLeaf.hash(log.bySeq(List.of(seq)).get(0)));
    jdbc.update(
        "update audit_tree_node set node_hash = ? where height = 0 and idx = ?", forged, seq - 1);
    try {
      Map<String, Object> verdict = verify("thanhtra.tinh").getBody();
      assertThat(verdict)
          .containsEntry("ok", false)
          .containsEntry("reason", "root mismatch")
          .containsEntry("firstBadLeaf", first.get("treeSize"));
      assertThat(((Number) verdict.get("badHead")).longValue())
          .isGreaterThan(((Number) first.get("treeSize")).longValue())
          .isLessThanOrEqualTo(((Number) second.get("treeSize")).longValue());
    } finally {
      jdbc.update("update audit_entry set reason = ? where seq = ?", row.get("reason"), seq);
      jdbc.update(
          "update audit_tree_node set node_hash = ? where height = 0 and idx = ?", stored, seq - 1);
    }
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);
  }

  /** A forged interior node would make the proofs fail for an outsider: verify finds it first. */
  @Test
  void aRewrittenInteriorNodeIsReported() {
    DemoData.setClock(LocalDateTime.of(2026, 12, 11, 10, 30));
    receive();
    receive();
    seal("admin");
    long size = log.head().seq();
    long index = (size - 2) / 2; // the pair of leaves (2i, 2i + 1) is sealed
    String stored =
        jdbc.queryForObject(
            "select node_hash from audit_tree_node where height = 1 and idx = ?",
            String.class,
            index);
    jdbc.update(
        "update audit_tree_node set node_hash = ? where height = 1 and idx = ?",
        "ab".repeat(32),
        index);
    try {
      assertThat(verify("thanhtra.tinh").getBody())
          .containsEntry("ok", false)
          .containsEntry("reason", "node mismatch")
          .containsEntry("firstBadLeaf", (int) (2 * index));
    } finally {
      jdbc.update(
          "update audit_tree_node set node_hash = ? where height = 1 and idx = ?", stored, index);
    }
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);
  }

  @Test
  void onlyThoseWhoMayReadTheDossierGetItsProofsAndOnlyAdministratorsSeal() {
    DemoData.setClock(LocalDateTime.of(2026, 12, 11, 11, 0));
    String code = receive();
    assertThat(proof("hotich.anbinh", code).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> other = proof("hotich.hoaphu", code);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(other.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(proof("hotich.anbinh", "000.00.01.H99-000000-9999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            http.exchange(
                    "/api/dossiers/" + code + "/proof", HttpMethod.GET, HttpEntity.EMPTY, JSON)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<Map<String, Object>> supervisor = seal("thanhtra.tinh");
    assertThat(supervisor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(supervisor.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(
            http.exchange("/api/audit/tree/heads", HttpMethod.POST, HttpEntity.EMPTY, JSON)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(verify("hotich.anbinh").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aMalformedRangeOrAnUnknownHeadIsAProblem() {
    DemoData.setClock(LocalDateTime.of(2026, 12, 11, 12, 0));
    receive();
    long size = ((Number) head(seal("admin").getBody()).get("treeSize")).longValue();

    ResponseEntity<Map<String, Object>> backwards =
        get("/api/audit/tree/consistency?from=" + size + "&to=" + (size - 1), "vi");
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(backwards.getBody())
        .containsEntry("title", "Khoảng kích thước cây không hợp lệ")
        .containsEntry(
            "detail", "Tham số from và to phải là số không âm, và from không lớn hơn to.");
    assertThat(backwards.getBody().get("errors").toString()).contains("from");
    assertThat(get("/api/audit/tree/heads?from=-1", "en").getBody())
        .containsEntry("title", "Invalid range of tree sizes");

    ResponseEntity<Map<String, Object>> unknown =
        get("/api/audit/tree/consistency?from=" + size + "&to=" + (size + 1_000_000), "en");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(unknown.getBody())
        .containsEntry("title", "No signed tree head")
        .containsEntry(
            "detail",
            "There is no signed tree head of size "
                + (size + 1_000_000)
                + ". See the signed tree heads at GET /api/audit/tree/heads.");
    assertThat(get("/api/audit/tree/consistency?from=x&to=1", "vi").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("/api/audit/tree/consistency?from=" + size + "&to=" + size, "vi").getBody())
        .containsEntry("proof", List.of());
  }

  private void swap(long a, long b) {
    jdbc.update("update audit_entry set seq = -1 where seq = ?", a);
    jdbc.update("update audit_entry set seq = ? where seq = ?", a, b);
    jdbc.update("update audit_entry set seq = ? where seq = -1", b);
  }

  private void reinsert(Map<String, Object> row) {
    String columns = String.join(", ", row.keySet());
    String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
    jdbc.update(
        "insert into audit_entry (" + columns + ") values (" + marks + ")", row.values().toArray());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> head(Map<?, ?> published) {
    return (Map<String, Object>) published.get("head");
  }

  private ResponseEntity<Map<String, Object>> seal(String official) {
    return http.withBasicAuth(official, PASSWORD)
        .exchange("/api/audit/tree/heads", HttpMethod.POST, HttpEntity.EMPTY, JSON);
  }

  /** GET /api/audit/verify, the whole log: the tree's verdict names the first bad leaf too. */
  private void wholeLogBrokenAt(long leaf, String reason) {
    Map<String, Object> whole =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange("/api/audit/verify", HttpMethod.GET, HttpEntity.EMPTY, JSON)
            .getBody();
    assertThat(whole).containsEntry("ok", false).containsEntry("unsealed", 0);
    assertThat(whole.get("tree"))
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("firstBadLeaf", (int) leaf)
        .containsEntry("reason", reason);
  }

  private ResponseEntity<Map<String, Object>> verify(String official) {
    return http.withBasicAuth(official, PASSWORD)
        .exchange("/api/audit/tree/verify", HttpMethod.GET, HttpEntity.EMPTY, JSON);
  }

  private ResponseEntity<Map<String, Object>> proof(String official, String code) {
    return http.withBasicAuth(official, PASSWORD)
        .exchange("/api/dossiers/" + code + "/proof", HttpMethod.GET, HttpEntity.EMPTY, JSON);
  }

  private ResponseEntity<Map<String, Object>> get(String path, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JSON);
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
    return (String) created.getBody().get("code");
  }
}
