package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
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
 * The dossier's lifecycle beyond its steps: supplementation (the clock restarts or pauses per the
 * procedure), extension with an apology (once; the dossier stays late), withdrawal, return, and
 * illegal transitions answered with 409 naming the current status.
 */
@IntegrationTest
class DossierLifecycleIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String PAUSE_VARIANT = "birth-registration-pause-test";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  @BeforeEach
  void mondayMorning() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  }

  @AfterEach
  void cleanUp() {
    DemoData.resetClock();
    repository
        .createDeploymentQuery()
        .deploymentName(PAUSE_VARIANT)
        .list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  @SuppressWarnings("unchecked")
  void supplementRestartsTheLegalClockForBirthRegistration() {
    String code = receive("birth-registration");
    at(9, 30);
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    at(10, 0);
    Map<String, Object> waiting =
        post(
            code,
            "supplementation-request",
            Map.of("reason", "Thiếu giấy tờ", "items", List.of("Giấy chứng sinh", "CCCD của mẹ")));
    assertThat(waiting)
        .containsEntry("status", "AWAITING_SUPPLEMENT")
        .containsEntry("paused", true);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("suspended");

    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 14, 0));
    Map<String, Object> resumed = post(code, "supplement", Map.of("note", "Đã nộp đủ"));
    // restart: the same-day procedure counts again from Tuesday 14:00 (before the 15:00 cut-off)
    assertThat(resumed)
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("paused", false)
        .containsEntry("dueAt", "2026-11-24T10:00:00Z");
    assertThat((List<Map<String, Object>>) resumed.get("history"))
        .extracting(event -> event.get("kind"))
        .containsSubsequence("RECEIVED", "STATUS", "SUPPLEMENTATION_REQUESTED", "SUPPLEMENTED");
  }

  @Test
  void dossierIsClosedWhenNoSupplementArrivesWithinFifteenDays() {
    String code = receive("birth-registration");
    at(10, 0);
    post(code, "supplementation-request", Map.of("reason", "Thiếu", "items", List.of("Tờ khai")));
    String deadline = deadlineInstance(code);
    var timer = management.createJobQuery().processInstanceId(deadline).singleResult();
    assertThat(timer.getDuedate().toInstant()).hasToString("2026-12-08T03:00:00Z");

    DemoData.setClock(LocalDateTime.of(2026, 12, 8, 9, 59));
    assertThat(management.createJobQuery().processInstanceId(deadline).executable().count())
        .isZero();
    DemoData.setClock(LocalDateTime.of(2026, 12, 8, 10, 0));
    management.executeJob(timer.getId());

    Map<String, Object> closed = get(code);
    assertThat(closed)
        .containsEntry("status", "CLOSED_NO_SUPPLEMENT")
        .containsEntry("paused", false)
        .containsEntry("openSteps", List.of());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count())
        .isZero();
  }

  @Test
  void supplementInTimeCancelsTheClosingDeadline() {
    String code = receive("birth-registration");
    post(code, "supplementation-request", Map.of("reason", "Thiếu", "items", List.of("Tờ khai")));
    assertThat(deadlineInstance(code)).isNotNull();
    at(14, 0);
    post(code, "supplement", Map.of());
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("supplement-deadline")
                .variableValueEquals("dossierCode", code)
                .count())
        .isZero();
  }

  private String deadlineInstance(String code) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("supplement-deadline")
        .variableValueEquals("dossierCode", code)
        .singleResult()
        .getId();
  }

  private Map<String, Object> get(String code) {
    return http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
        .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
        .getBody();
  }

  @Test
  void supplementOnlyPausesTheClockWhereTheProcedureSaysPause() throws IOException {
    deployPauseVariant();
    String code = receive(PAUSE_VARIANT);
    at(9, 30);
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    at(10, 0);
    post(
        code,
        "supplementation-request",
        Map.of("reason", "Thiếu", "items", List.of("Giấy chứng sinh")));
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 16, 0));
    Map<String, Object> resumed = post(code, "supplement", Map.of());
    // paused Monday 10:00–17:00 (330 working minutes) and Tuesday 07:30–16:00 (420): due Monday
    // 17:00 + 750 minutes = Wednesday 13:30 (a restart would have given Wednesday 17:00)
    assertThat(resumed).containsEntry("dueAt", "2026-11-25T06:30:00Z");
  }

  @Test
  @SuppressWarnings("unchecked")
  void extensionIsGivenOnceAndTheDossierStaysLate() {
    String code = receive("birth-registration");
    Map<String, Object> extended =
        post(
            UNIT_HEAD,
            code,
            "extension",
            Map.of("reason", "Chờ xác minh", "newDueAt", "2026-11-25T10:00:00Z"));
    assertThat(extended)
        .containsEntry("extendedDueAt", "2026-11-25T10:00:00Z")
        .containsEntry("dueAt", "2026-11-23T10:00:00Z");
    assertThat((List<Map<String, Object>>) extended.get("extensions")).hasSize(1);

    ResponseEntity<Map<String, Object>> again =
        exchange(
            UNIT_HEAD,
            code,
            "extension",
            Map.of("reason", "Lần hai", "newDueAt", "2026-11-26T10:00:00Z"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    at(9, 10);
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    work(
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đủ điều kiện"));
    work("chutich.anbinh", code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 9, 0));
    Map<String, Object> returned = post(code, "return", Map.of("method", "COUNTER"));
    assertThat(returned).containsEntry("status", "RETURNED").containsEntry("timeliness", "LATE");
  }

  @Test
  void extensionMustMoveTheDateLater() {
    String code = receive("birth-registration");
    ResponseEntity<Map<String, Object>> earlier =
        exchange(
            UNIT_HEAD,
            code,
            "extension",
            Map.of("reason", "x", "newDueAt", "2026-11-23T05:00:00Z"));
    assertThat(earlier.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(earlier.getBody().toString()).contains("newDueAt");
  }

  @Test
  void resultIsReturnedOnTimeAtTheCounterOnly() {
    String code = receive("birth-registration");
    ResponseEntity<Map<String, Object>> tooEarly =
        exchange(code, "return", Map.of("method", "POST"));
    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(tooEarly.getBody()).containsEntry("currentStatus", "RECEIVED");

    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    work(
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đủ điều kiện"));
    work("chutich.anbinh", code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    ResponseEntity<Map<String, Object>> bySpecialist =
        http.withBasicAuth("hotich.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/return",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("method", "COUNTER")),
                JSON);
    assertThat(bySpecialist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    at(16, 0);
    Map<String, Object> returned = post(code, "return", Map.of("method", "POST", "note", "EMS"));
    assertThat(returned)
        .containsEntry("status", "RETURNED")
        .containsEntry("timeliness", "ON_TIME")
        .containsEntry("finishedAt", "2026-11-23T09:00:00Z");
  }

  @Test
  void applicantWithdrawsBeforeAnyResult() {
    String code = receive("birth-registration");
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    Map<String, Object> withdrawn =
        post(code, "withdrawal", Map.of("reason", "Công dân xin rút hồ sơ"));
    assertThat(withdrawn)
        .containsEntry("status", "WITHDRAWN")
        .containsEntry("openSteps", List.of());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count())
        .isZero();

    ResponseEntity<Map<String, Object>> again =
        exchange(code, "withdrawal", Map.of("reason", "Lần nữa"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody())
        .containsEntry("currentStatus", "WITHDRAWN")
        .containsEntry("title", "Thao tác không hợp lệ ở trạng thái hiện tại");
  }

  @Test
  void actionsValidateTheirBodies() {
    String code = receive("birth-registration");
    ResponseEntity<Map<String, Object>> noItems =
        exchange(code, "supplementation-request", Map.of("reason", "x", "items", List.of()));
    assertThat(noItems.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noItems.getBody().toString()).contains("items");
    ResponseEntity<Map<String, Object>> badMethod =
        exchange(code, "return", Map.of("method", "FAX"));
    assertThat(badMethod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> otherCommune =
        http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/withdrawal",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "x")),
                JSON);
    assertThat(otherCommune.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private void deployPauseVariant() throws IOException {
    String bpmn =
        Files.readString(Path.of("processes", "birth-registration.bpmn"))
            .replace("\"birth-registration\"", "\"" + PAUSE_VARIANT + "\"")
            .replace("bpmnElement=\"birth-registration\"", "bpmnElement=\"" + PAUSE_VARIANT + "\"")
            .replace(
                "name=\"supplementClockRule\" value=\"RESTART\"",
                "name=\"supplementClockRule\" value=\"PAUSE\"");
    DeploymentBuilder deployment =
        repository
            .createDeployment()
            .name(PAUSE_VARIANT)
            .addString("processes/" + PAUSE_VARIANT + ".bpmn", bpmn);
    try (var files = Files.list(Path.of("forms"))) {
      for (Path form :
          files
              .filter(f -> f.getFileName().toString().matches("birth-.*|apology-letter.form"))
              .toList()) {
        deployment.addString("forms/" + form.getFileName(), Files.readString(form));
      }
    }
    deployment.deploy();
  }

  private String receive(String procedure) {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.put("procedure", procedure);
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private Map<String, Object> post(String code, String action, Map<String, Object> body) {
    return post("tiepnhan.anbinh", code, action, body);
  }

  private Map<String, Object> post(
      String user, String code, String action, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> response = exchange(user, code, action, body);
    assertThat(response.getStatusCode())
        .as(action + " " + response.getBody())
        .isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<Map<String, Object>> exchange(
      String code, String action, Map<String, Object> body) {
    return exchange("tiepnhan.anbinh", code, action, body);
  }

  /** The unit head of An Bình signs form 04 (the matrix: unit head or leader). */
  private static final String UNIT_HEAD = "vanphong.anbinh";

  private ResponseEntity<Map<String, Object>> exchange(
      String user, String code, String action, Map<String, Object> body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(
            "/api/dossiers/" + code + "/" + action, HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private void work(String user, String code, String taskKey, Map<String, Object> variables) {
    Officials.work(tasks, forms, identity, user, code, taskKey, variables);
  }

  private static void at(int hour, int minute) {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, hour, minute));
  }
}
