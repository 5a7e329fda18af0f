package vn.motcua.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * {@code GET /api/worklist}: a civil servant's open steps with their dossiers, by unit or held by
 * them, filtered by flag and procedure, overdue first; never another agency's.
 */
@IntegrationTest
class WorklistIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  private final List<String> received = new java.util.ArrayList<>();

  /** Ends this test's dossiers, so that Tasklist's lists in other tests stay short. */
  @AfterEach
  void endDossiersAndResetClock() {
    DemoData.resetClock();
    received.forEach(
        code ->
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void unitAndMineScopesFlagsAndOrder() {
    String applicant = "Worklist " + UUID.randomUUID().toString().substring(0, 8);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    String late = receive("tiepnhan.anbinh", AN_BINH, applicant);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 30));
    String fresh = receive("tiepnhan.anbinh", AN_BINH, applicant);
    String elsewhere = receive("tiepnhan.hoaphu", HOA_PHU, applicant);

    List<Map<String, Object>> unit = rows("tiepnhan.anbinh", "scope=unit&q=" + applicant);
    assertThat(unit).extracting(r -> r.get("dossierCode")).containsExactly(late, fresh);
    assertThat(unit.get(0))
        .containsEntry("procedure", "birth-registration")
        .containsEntry("procedureName", "Đăng ký khai sinh")
        .containsEntry("applicant", applicant)
        .containsEntry("step", "Task_Reception")
        .containsEntry("stepName", "Tiếp nhận hồ sơ")
        .containsEntry("unit", AN_BINH + ":reception")
        .containsEntry("stepDueAt", "2026-11-23T02:00:00Z")
        .containsEntry("legalDueAt", "2026-11-23T10:00:00Z")
        .containsEntry("stepFlag", "ON_TIME")
        .containsEntry("dossierFlag", "ON_TIME")
        .doesNotContainKey("assignee");
    assertThat(rows("hotich.anbinh", "q=" + applicant)).isEmpty(); // not the specialists' step
    assertThat(rows("tiepnhan.hoaphu", "q=" + applicant))
        .extracting(r -> r.get("dossierCode"))
        .containsExactly(elsewhere);

    assertThat(rows("tiepnhan.anbinh", "scope=mine&q=" + applicant)).isEmpty();
    tasks.claim(taskOf(fresh), "tiepnhan.anbinh");
    assertThat(rows("tiepnhan.anbinh", "scope=mine&q=" + applicant))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .containsEntry("assignee", "tiepnhan.anbinh")
                    .containsEntry("assigneeName", "Nguyễn Thị Lan"));

    // 09:10: the first dossier's step is overdue (the ladder fired), the second is soon due
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 10));
    fire(late);
    assertThat(rows("tiepnhan.anbinh", "flag=overdue&q=" + applicant))
        .extracting(r -> r.get("dossierCode"))
        .containsExactly(late);
    assertThat(rows("tiepnhan.anbinh", "flag=ON_TIME&procedure=birth-registration&q=" + applicant))
        .extracting(r -> r.get("dossierCode"))
        .containsExactly(fresh);
    assertThat(rows("tiepnhan.anbinh", "procedure=marriage-registration&q=" + applicant)).isEmpty();
    assertThat(rows("tiepnhan.anbinh", "sort=due&q=" + applicant))
        .extracting(r -> r.get("dossierCode"))
        .containsExactly(late, fresh);

    // a working day past its due date the step is escalated to the office head, who now finds it
    // in their unit's list, once, next to the apology letter their unit owes for the dossier
    List<Map<String, Object>> before = rows("vanphong.anbinh", "q=" + applicant);
    assertThat(before).extracting(r -> r.get("step")).doesNotContain("Task_Reception");
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 9, 30));
    fire(late);
    fire(late);
    assertThat(rows("vanphong.anbinh", "q=" + applicant))
        .extracting(r -> r.get("dossierCode") + " " + r.get("step"))
        .containsExactlyInAnyOrder(late + " Task_Reception", late + " Task_IssueApology");
    assertThat(rows("vanphong.anbinh", "sort=due&flag=OVERDUE&q=" + applicant))
        .extracting(r -> r.get("step"))
        .containsExactly("Task_Reception");
    // the apology letter runs beside the main flow: there is no step to return it to
    String apology =
        (String)
            rows("vanphong.anbinh", "q=" + applicant).stream()
                .filter(r -> "Task_IssueApology".equals(r.get("step")))
                .findFirst()
                .orElseThrow()
                .get("taskId");
    ResponseEntity<Map<String, Object>> refused =
        http.withBasicAuth("vanphong.anbinh", PASSWORD)
            .exchange(
                "/api/worklist/tasks/" + apology + "/return",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "Trả lại")),
                JSON);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    Map<String, Object> first = get("tiepnhan.anbinh", "size=1&q=" + applicant).getBody();
    assertThat(first).containsEntry("more", true).containsEntry("page", 0);
    assertThat((List<Map<String, Object>>) first.get("rows"))
        .extracting(r -> r.get("dossierCode"))
        .containsExactly(late);
  }

  @Test
  void theApologyLetterBesideTheMainFlowHasNoStepToReturnTo() {
    String applicant = "Apology " + UUID.randomUUID().toString().substring(0, 8);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    String code = receive("tiepnhan.anbinh", AN_BINH, applicant);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 30));
    vn.motcua.Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    // late afternoon: the legal time (same day) is nearly gone and the apology letter is due
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 16, 30));
    fire(code);
    Map<String, String> open = new HashMap<>();
    rows("vanphong.anbinh", "q=" + applicant)
        .forEach(r -> open.put((String) r.get("step"), (String) r.get("taskId")));
    rows("hotich.anbinh", "q=" + applicant)
        .forEach(r -> open.put((String) r.get("step"), (String) r.get("taskId")));
    assertThat(open).containsKeys("Task_IssueApology", "Task_Appraisal");

    assertThat(returnStep("vanphong.anbinh", open.get("Task_IssueApology")))
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(returnStep("hotich.anbinh", open.get("Task_Appraisal")))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rows("tiepnhan.anbinh", "q=" + applicant))
        .extracting(r -> r.get("step"))
        .containsExactly("Task_Reception");
  }

  private HttpStatus returnStep(String official, String taskId) {
    return HttpStatus.valueOf(
        http.withBasicAuth(official, PASSWORD)
            .exchange(
                "/api/worklist/tasks/" + taskId + "/return",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "Trả lại để xem lại")),
                JSON)
            .getStatusCode()
            .value());
  }

  @Test
  void badParametersAreProblemsAndStrangersAreTurnedAway() {
    ResponseEntity<Map<String, Object>> scope = get("tiepnhan.anbinh", "scope=everyone");
    assertThat(scope.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(scope.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(get("tiepnhan.anbinh", "size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("tiepnhan.anbinh", "flag=LATE").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.exchange("/api/worklist", HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String receive(String officer, String agency, String applicant) {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(agency));
    body.put("applicant", Map.of("fullName", applicant, "idNumber", "001090012345"));
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth(officer, PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    received.add(code);
    return code;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(String official, String query) {
    ResponseEntity<Map<String, Object>> response = get(official, query);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) response.getBody().get("rows");
  }

  private ResponseEntity<Map<String, Object>> get(String official, String query) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "vi");
    return http.withBasicAuth(official, PASSWORD)
        .exchange("/api/worklist?" + query, HttpMethod.GET, new HttpEntity<>(headers), JSON);
  }

  private String taskOf(String code) {
    return tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
  }

  private void fire(String code) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    management
        .createJobQuery()
        .processInstanceId(instance)
        .executable()
        .active()
        .timers()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
  }
}
