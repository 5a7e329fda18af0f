package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
import vn.motcua.Officials;

/**
 * The audit trail of a dossier driven through reception, a completed step, claim, transfer,
 * supplementation and a return to the step before: who, what, before and after, why, in order; the
 * chain verifies; and an entry edited or deleted behind the application's back breaks it at that
 * entry.
 */
@IntegrationTest
class AuditTrailIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;

  private String code;

  @AfterEach
  void endDossierAndResetClock() {
    DemoData.resetClock();
    if (code != null) {
      runtime
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(code)
          .list()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
    }
  }

  @Test
  void everyActionOnADossierIsAuditedInOrderAndTheChainVerifies() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    code = receive();
    Officials.work(
        tasks,
        forms,
        identity,
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    String appraisal = taskId("Task_Appraisal");
    assertThat(step("hotich.anbinh", appraisal, "claim", Map.of()))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            step(
                "hotich.anbinh",
                appraisal,
                "transfer",
                Map.of("to", "tuphap.anbinh", "reason", "Nghỉ phép")))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            dossierAction(
                "tiepnhan.anbinh",
                "supplementation-request",
                Map.of("reason", "Thiếu giấy chứng sinh", "items", List.of("Giấy chứng sinh"))))
        .isEqualTo(HttpStatus.OK);
    assertThat(
            dossierAction(
                "tiepnhan.anbinh", "supplement", Map.of("note", "Đã nộp giấy chứng sinh")))
        .isEqualTo(HttpStatus.OK);
    assertThat(
            step(
                "tuphap.anbinh",
                appraisal,
                "return",
                Map.of("reason", "Giấy chứng sinh chưa được số hóa")))
        .isEqualTo(HttpStatus.NO_CONTENT);

    List<Map<String, Object>> trail = trail("tiepnhan.anbinh", code).getBody();
    assertThat(trail)
        .extracting(
            e ->
                String.join(
                    " | ",
                    "" + e.get("action"),
                    "" + e.get("actor"),
                    "" + e.get("beforeState"),
                    "" + e.get("afterState"),
                    "" + e.get("reason")))
        .containsExactly(
            "RECEIVED | tiepnhan.anbinh | null | RECEIVED | null",
            "COMPLETED | tiepnhan.anbinh | null | null | null",
            "DECIDED | tiepnhan.anbinh | null | ACCEPT | null",
            "STATUS_CHANGED | tiepnhan.anbinh | RECEIVED | IN_PROGRESS | null",
            "CLAIMED | hotich.anbinh | null | hotich.anbinh | null",
            "TRANSFERRED | hotich.anbinh | hotich.anbinh | tuphap.anbinh | Nghỉ phép",
            "PAUSED | tiepnhan.anbinh | IN_PROGRESS | IN_PROGRESS"
                + " | Yêu cầu bổ sung: Thiếu giấy chứng sinh",
            "SUPPLEMENTATION_REQUESTED | tiepnhan.anbinh | IN_PROGRESS | AWAITING_SUPPLEMENT"
                + " | Thiếu giấy chứng sinh",
            "RESUMED | tiepnhan.anbinh | AWAITING_SUPPLEMENT | AWAITING_SUPPLEMENT | null",
            "SUPPLEMENTED | tiepnhan.anbinh | AWAITING_SUPPLEMENT | IN_PROGRESS"
                + " | Đã nộp giấy chứng sinh",
            "RETURNED | tuphap.anbinh | tuphap.anbinh | tuphap.anbinh"
                + " | Giấy chứng sinh chưa được số hóa");
    assertThat(trail).allSatisfy(e -> assertThat(e).containsEntry("dossierCode", code));
    assertThat(trail.get(10).get("detail").toString()).contains("Task_Appraisal", "Task_Reception");
    assertThat(trail)
        .extracting(e -> ((Number) e.get("seq")).longValue())
        .isSorted()
        .doesNotHaveDuplicates();
    for (int i = 1; i < trail.size(); i++) {
      if (seq(trail.get(i)) == seq(trail.get(i - 1)) + 1) {
        assertThat(trail.get(i).get("prevHash")).isEqualTo(trail.get(i - 1).get("entryHash"));
      }
    }

    ResponseEntity<Map<String, Object>> verdict = verify("thanhtra.tinh");
    assertThat(verdict.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(verdict.getBody()).containsEntry("ok", true).containsKey("head");
    assertThat(((Number) verdict.getBody().get("entries")).longValue())
        .isGreaterThanOrEqualTo(trail.size())
        .isEqualTo(head());
  }

  @Test
  void escalationsAndTheExtensionWithAnApologyAreAudited() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    code = receive();
    fireDueAt(LocalDateTime.of(2026, 11, 24, 9, 1));
    Officials.work(
        tasks,
        forms,
        identity,
        "vanphong.anbinh",
        code,
        "Task_IssueApology",
        Map.of("apologyReason", "Chờ xác minh với bệnh viện", "newDueDate", "2026-12-02"));

    List<Map<String, Object>> trail = trail("thanhtra.tinh", code).getBody();
    assertThat(trail)
        .extracting(
            e ->
                String.join(
                    " | ",
                    "" + e.get("action"),
                    "" + e.get("actor"),
                    "" + e.get("subjectType"),
                    "" + e.get("afterState"),
                    "" + e.get("reason")))
        .contains(
            "StepSoonDue | system | TASK | null | null",
            "StepOverdue | system | TASK | null | null",
            "DossierEscalated | system | TASK | null | null",
            "DossierSoonDue | system | DOSSIER | RECEIVED | null",
            "DossierOverdue | system | DOSSIER | RECEIVED | null",
            "COMPLETED | vanphong.anbinh | TASK | null | null",
            "EXTENDED | vanphong.anbinh | DOSSIER | RECEIVED | Chờ xác minh với bệnh viện");
    assertThat(trail)
        .filteredOn(e -> "DossierEscalated".equals(e.get("action")))
        .singleElement()
        .satisfies(e -> assertThat(e.get("detail").toString()).contains(AN_BINH + ":unit-head"));
    assertThat(trail)
        .filteredOn(e -> "EXTENDED".equals(e.get("action")))
        .singleElement()
        .satisfies(e -> assertThat(e.get("detail").toString()).contains("newDueAt", "2026-12-02"));
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);
  }

  /** Moves the clock and runs the dossier's due timers, as the job executor would. */
  private void fireDueAt(LocalDateTime vietnamTime) {
    DemoData.setClock(vietnamTime);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    for (int round = 0; round < 20; round++) {
      List<Job> due =
          management
              .createJobQuery()
              .processInstanceId(instance)
              .executable()
              .active()
              .timers()
              .list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep coming due");
  }

  @Test
  void onlyThoseWhoMayReadTheDossierReadItsTrailAndOnlyAuditorsVerify() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    code = receive();
    assertThat(trail("thanhtra.tinh", code).getBody()).hasSize(1);
    assertThat(trail("hotich.anbinh", code).getBody()).hasSize(1);
    assertThat(trailStatus("hotich.hoaphu", code)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(trailStatus("hotich.anbinh", "000.00.01.H99-000000-9999"))
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> missing =
        http.withBasicAuth("hotich.anbinh", PASSWORD)
            .exchange("/api/audit", HttpMethod.GET, new HttpEntity<>(vietnamese()), JSON);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(missing.getBody().get("detail").toString())
        .isEqualTo(
            "Hãy cho biết mã hồ sơ (dossier), hoặc loại và mã đối tượng (subjectType, subjectId).");
    assertThat(missing.getBody()).containsEntry("title", "Không đọc được nhật ký");
    assertThat(verify("hotich.anbinh").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** The tamper test: the chain detects an edit and a deletion made with plain SQL. */
  @Test
  void anEntryEditedOrDeletedBehindTheApplicationsBackBreaksTheChainThere() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    code = receive();
    Map<String, Object> received = trail("tiepnhan.anbinh", code).getBody().get(0);
    long seq = ((Number) received.get("seq")).longValue();
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);

    Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
    jdbc.update("update audit_entry set reason = 'sửa sau' where seq = ?", seq);
    try {
      assertThat(verify("thanhtra.tinh").getBody())
          .containsEntry("ok", false)
          .containsEntry("brokenAt", (int) seq)
          .containsEntry("reason", "hash mismatch")
          .containsEntry("entries", (int) seq - 1)
          .doesNotContainKey("head");
    } finally {
      jdbc.update("update audit_entry set reason = null where seq = ?", seq);
    }
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);

    jdbc.update("delete from audit_entry where seq = ?", seq);
    try {
      assertThat(verify("thanhtra.tinh").getBody())
          .containsEntry("ok", false)
          .containsEntry("brokenAt", (int) seq)
          .containsEntry("reason", "missing entry");
    } finally {
      reinsert(row);
    }
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);

    jdbc.update("update audit_entry set prev_hash = ? where seq = ?", "0".repeat(64), seq);
    try {
      assertThat(verify("thanhtra.tinh").getBody())
          .containsEntry("ok", false)
          .containsEntry("brokenAt", (int) seq)
          .containsEntry("reason", "link mismatch");
    } finally {
      jdbc.update("update audit_entry set prev_hash = ? where seq = ?", row.get("prev_hash"), seq);
    }
    assertThat(verify("thanhtra.tinh").getBody()).containsEntry("ok", true);
  }

  private void reinsert(Map<String, Object> row) {
    String columns = String.join(", ", row.keySet());
    String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
    jdbc.update(
        "insert into audit_entry (" + columns + ") values (" + marks + ")", row.values().toArray());
  }

  private static long seq(Map<String, Object> entry) {
    return ((Number) entry.get("seq")).longValue();
  }

  private long head() {
    return jdbc.queryForObject("select seq from audit_head where id = 1", Long.class);
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
    return (String) created.getBody().get("code");
  }

  /** The dossier's entries, after the sequencer has given them their place in the log. */
  private ResponseEntity<List<Map<String, Object>>> trail(String official, String dossier) {
    assertThat(
            http.withBasicAuth("admin", PASSWORD)
                .exchange("/api/audit/tree/heads", HttpMethod.POST, HttpEntity.EMPTY, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    return http.withBasicAuth(official, PASSWORD)
        .exchange(
            "/api/audit?dossier={code}",
            HttpMethod.GET,
            new HttpEntity<>(vietnamese()),
            LIST,
            dossier);
  }

  private HttpStatus trailStatus(String official, String dossier) {
    ResponseEntity<String> response =
        http.withBasicAuth(official, PASSWORD)
            .exchange(
                "/api/audit?dossier={code}",
                HttpMethod.GET,
                new HttpEntity<>(vietnamese()),
                String.class,
                dossier);
    assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    return (HttpStatus) response.getStatusCode();
  }

  private ResponseEntity<Map<String, Object>> verify(String official) {
    return http.withBasicAuth(official, PASSWORD)
        .exchange("/api/audit/verify", HttpMethod.GET, new HttpEntity<>(vietnamese()), JSON);
  }

  private HttpStatus step(String official, String taskId, String action, Map<String, Object> body) {
    return (HttpStatus)
        http.withBasicAuth(official, PASSWORD)
            .exchange(
                "/api/worklist/tasks/" + taskId + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body, vietnamese()),
                JSON)
            .getStatusCode();
  }

  private HttpStatus dossierAction(String official, String action, Map<String, Object> body) {
    return (HttpStatus)
        http.withBasicAuth(official, PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body, vietnamese()),
                JSON)
            .getStatusCode();
  }

  private static HttpHeaders vietnamese() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "vi");
    return headers;
  }

  private String taskId(String key) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey(key)
        .singleResult()
        .getId();
  }
}
