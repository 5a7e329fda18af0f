package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * A birth-registration dossier from the counter to the returned result: received through the API,
 * every step worked through the engine by the commune's officials with their form variables.
 */
@IntegrationTest
class BirthRegistrationIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;

  @BeforeEach
  void mondayMorning() {
    BpmnAwareTests.init(engine);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  }

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  void receivesDossierAndReturnsResultAfterEveryStep() {
    ResponseEntity<Map<String, Object>> created = receive(AN_BINH);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    assertThat(code).matches("000\\.00\\.01\\.H99-261123-\\d{4,}");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/dossiers/" + code);
    assertThat(created.getBody())
        .containsEntry("status", "RECEIVED")
        .containsEntry("receivedAt", "2026-11-23T02:00:00Z")
        .containsEntry("dueAt", at(2026, 11, 23, 17, 0));

    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(instance)
        .isWaitingAt("Task_Reception")
        .variables()
        .containsEntry("dossierCode", code)
        .containsEntry("agency", AN_BINH);
    assertOpenStep(code, "Task_Reception", AN_BINH + ":reception", at(2026, 11, 23, 10, 0));

    later(30);
    work(
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    assertThat(dossier(code)).containsEntry("status", "IN_PROGRESS");
    assertOpenStep(code, "Task_Appraisal", AN_BINH + ":specialist", at(2026, 11, 23, 15, 0));

    later(60);
    work(
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of(
            "appraisalResult",
            "ELIGIBLE",
            "appraisalOpinion",
            "Hồ sơ đầy đủ, đủ điều kiện đăng ký."));
    assertOpenStep(code, "Task_Approval", AN_BINH + ":leader", at(2026, 11, 23, 14, 0));

    later(60);
    work(
        "chutich.anbinh",
        code,
        "Task_Approval",
        Map.of("approvalDecision", "APPROVE", "approvalNote", "Đồng ý"));
    assertThat(dossier(code)).containsEntry("status", "RESULT_READY");
    assertOpenStep(code, "Task_ResultReturn", AN_BINH + ":reception", at(2026, 11, 23, 14, 0));

    later(30);
    work(
        "tiepnhan.anbinh",
        code,
        "Task_ResultReturn",
        Map.of("returnMethod", "COUNTER", "resultDigitised", true));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_Reception",
            "Task_Appraisal",
            "Task_Approval",
            "Task_ResultReturn",
            "EndEvent_ResultReturned");
    HistoricProcessInstance finished =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult();
    assertThat(finished.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    Map<String, Object> returned = dossier(code);
    assertThat(returned)
        .containsEntry("status", "RETURNED")
        .containsEntry("finishedAt", "2026-11-23T05:00:00Z")
        .containsEntry("openSteps", List.of());
  }

  /**
   * Same-day procedure, supplementClockRule RESTART: a supplement taken after the 15:00 cut-off
   * restarts the legal time on the next working day, due when the office closes.
   */
  @Test
  @SuppressWarnings("unchecked")
  void supplementationDuringAppraisalRestartsTheSameDayClock() {
    String code = (String) receive(AN_BINH).getBody().get("code");
    // received Monday 23 November 09:00, before the cut-off: due Monday 17:00
    assertThat(dossier(code)).containsEntry("dueAt", at(2026, 11, 23, 17, 0));

    later(30);
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    assertOpenStep(code, "Task_Appraisal", AN_BINH + ":specialist", at(2026, 11, 23, 15, 0));

    later(30); // Monday 10:00, during the appraisal
    post(
        code,
        "supplementation-request",
        Map.of(
            "reason",
            "Giấy chứng sinh không rõ thông tin",
            "items",
            List.of("Giấy chứng sinh bản chính", "CCCD của mẹ")));
    assertThat(dossier(code))
        .containsEntry("status", "AWAITING_SUPPLEMENT")
        .containsEntry("paused", true);

    // one and a half working days later: Monday 10:00–11:30 (90) + 13:00–17:00 (240) + Tuesday
    // 07:30–11:30 (240) + 13:00–15:30 (150) = 720 working minutes
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 15, 30));
    post(code, "supplement", Map.of("note", "Đã nộp Giấy chứng sinh bản chính"));
    // RESTART, 0 working days with a 15:00 cut-off: the clock starts again Tuesday 15:30, after
    // the cut-off, so the dossier is due when the office closes on the next working day,
    // Wednesday 25 November 17:00 (a mere pause would have given Monday 17:00 + 720 minutes =
    // Wednesday 11:30)
    Map<String, Object> resumed = dossier(code);
    assertThat(resumed)
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("paused", false)
        .containsEntry("dueAt", at(2026, 11, 25, 17, 0));
    assertThat((List<Map<String, Object>>) resumed.get("pauses"))
        .singleElement()
        .satisfies(
            pause ->
                assertThat(pause)
                    .containsEntry("pausedAt", at(2026, 11, 23, 10, 0))
                    .containsEntry("resumedAt", at(2026, 11, 24, 15, 30))
                    .containsEntry("shiftWorkingMinutes", 720));

    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 9, 0));
    work(
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đã bổ sung đủ, đủ điều kiện."));
    later(60);
    work("chutich.anbinh", code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    later(30);
    work("tiepnhan.anbinh", code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    // returned Wednesday 10:30: on the due day, before 17:00
    Map<String, Object> returned = dossier(code);
    assertThat(returned)
        .containsEntry("status", "RETURNED")
        .containsEntry("finishedAt", at(2026, 11, 25, 10, 30))
        .containsEntry("dueAt", at(2026, 11, 25, 17, 0))
        .containsEntry("timeliness", "ON_TIME")
        .containsEntry("openSteps", List.of());
    assertThat((List<Map<String, Object>>) returned.get("history"))
        .extracting(event -> event.get("kind"))
        .containsSubsequence("RECEIVED", "SUPPLEMENTATION_REQUESTED", "SUPPLEMENTED");
  }

  @Test
  void refusedAtReceptionEndsTheDossierAsRefused() {
    String code = (String) receive(AN_BINH).getBody().get("code");
    work(
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "REFUSE", "receptionNote", "Thiếu giấy chứng sinh"));

    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(instance).isNull();
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .activityId("EndEvent_Refused")
                .processInstanceId(processInstanceId(code))
                .count())
        .isEqualTo(1);
    assertThat(dossier(code)).containsEntry("status", "REFUSED");
  }

  @Test
  void chairmanRefusalIsStillReturnedAsRejected() {
    String code = (String) receive(AN_BINH).getBody().get("code");
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    work(
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "NOT_ELIGIBLE", "appraisalOpinion", "Không đủ điều kiện"));
    work(
        "chutich.anbinh",
        code,
        "Task_Approval",
        Map.of("approvalDecision", "REJECT", "approvalNote", "Không đồng ý"));
    assertThat(dossier(code)).containsEntry("status", "RESULT_READY");
    work("tiepnhan.anbinh", code, "Task_ResultReturn", Map.of("returnMethod", "POST"));

    assertThat(dossier(code)).containsEntry("status", "REJECTED");
  }

  @Test
  void dossierReceivedAfterThreeOnFridayIsDueOnMonday() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 15, 30));
    ResponseEntity<Map<String, Object>> created = receive(AN_BINH);
    assertThat(created.getBody()).containsEntry("dueAt", at(2026, 11, 30, 17, 0));
  }

  @Test
  void onlineSubmissionWaitsForReceptionAsSubmitted() {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.put("channel", "ONLINE");
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("status", "SUBMITTED");
  }

  @Test
  void onlineSubmissionStartsItsClockWhenTheDeskAcceptsIt() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 28, 10, 0)); // a Saturday
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.put("channel", "ONLINE");
    Map<String, Object> submitted =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON)
            .getBody();
    String code = (String) submitted.get("code");
    assertThat(submitted).containsEntry("dueAt", at(2026, 11, 30, 17, 0));

    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 15, 30)); // accepted after the cut-off
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    assertThat(dossier(code))
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("dueAt", at(2026, 12, 1, 17, 0));
  }

  private ResponseEntity<Map<String, Object>> receive(String agency) {
    return http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
        .exchange(
            "/api/dossiers",
            HttpMethod.POST,
            new HttpEntity<>(DemoData.birthRegistration(agency)),
            JSON);
  }

  private Map<String, Object> dossier(String code) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
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
        .as("%s %s: %s", action, code, response.getBody())
        .isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @SuppressWarnings("unchecked")
  private void assertOpenStep(String code, String key, String group, String dueAt) {
    List<Map<String, Object>> steps = (List<Map<String, Object>>) dossier(code).get("openSteps");
    assertThat(steps)
        .singleElement()
        .satisfies(
            step ->
                assertThat(step)
                    .containsEntry("key", key)
                    .containsEntry("candidateGroup", group)
                    .containsEntry("dueAt", dueAt));
  }

  /**
   * Claims and completes the open step as {@code user}, with the user's groups, as Tasklist would.
   */
  private void work(String user, String code, String taskKey, Map<String, Object> formVariables) {
    Officials.work(engine, user, code, taskKey, formVariables);
  }

  private String processInstanceId(String code) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .singleResult()
        .getId();
  }

  private static void later(int minutes) {
    DemoData.setClock(
        LocalDateTime.ofInstant(
            ClockUtil.getCurrentTime().toInstant().plusSeconds(minutes * 60L), VIETNAM));
  }

  private static String at(int year, int month, int day, int hour, int minute) {
    Instant instant = LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
    return instant.toString();
  }
}
