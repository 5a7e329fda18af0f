package vn.motcua.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.LadderTimers;

/**
 * The studio's deadline preview tells an administrator exactly what the engine will do: a business
 * household registration (three working days) received at An Bình on Friday 27 April 2035 at 14:00,
 * just before the long weekend of Reunification Day (Monday 30 April) and Labour Day (Tuesday 1
 * May), is previewed, then a real dossier is received at that instant and moved through its steps
 * exactly at the previewed due instants: its legal due date, its dossier rungs, each step's due
 * date and the first step's whole ladder are the preview's.
 */
@IntegrationTest
class PreviewIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String PROCEDURE = "business-household-registration";
  private static final String RECEIVED_AT = "2035-04-27T14:00:00+07:00";

  /** Who works each step, and with which form answers. */
  private static final Map<String, Map.Entry<String, Map<String, Object>>> WORK =
      Map.of(
          "Task_Reception",
          Map.entry(
              "tiepnhan.anbinh", Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true)),
          "Task_Appraisal",
          Map.entry(
              "hotich.anbinh",
              Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Hồ sơ hợp lệ.")),
          "Task_IssueCertificate",
          Map.entry("chutich.anbinh", Map.of("issueDecision", "ISSUE")),
          "Task_ResultReturn",
          Map.entry("tiepnhan.anbinh", Map.of("returnMethod", "ONLINE", "resultDigitised", true)));

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired ProcedureCatalogue catalogue;
  @Autowired JdbcClient jdbc;
  @Autowired AgencyCalendars calendars;

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  @SuppressWarnings("unchecked")
  void previewIsWhatARealDossierReceivedAtThatInstantGets() throws IOException {
    Map<String, Object> preview = preview("admin", bpmn(), AN_BINH, RECEIVED_AT).getBody();
    assertThat(preview)
        .containsEntry("agency", AN_BINH)
        .containsEntry("receivedAt", RECEIVED_AT)
        .containsEntry("legalTime", Map.of("workingDays", 3))
        .containsEntry(
            "longestPath",
            List.of(
                "Task_Reception", "Task_Appraisal", "Task_IssueCertificate", "Task_ResultReturn"));
    assertThat((String) preview.get("agencyName")).isNotBlank();
    // Friday 14:00–17:00, then Wednesday and Thursday (30/4 and 1/5 are holidays), then 300 minutes
    // of Friday 4 May
    assertThat(preview).containsEntry("legalDue", "2035-05-04T14:00:00+07:00");
    assertThat(calendarDeadline(RECEIVED_AT, 3)).isEqualTo(instant(preview.get("legalDue")));

    DemoData.setClock(LocalDateTime.of(2035, 4, 27, 14, 0));
    Map<String, Object> receipt = receive();
    assertThat(Instant.parse((String) receipt.get("dueAt")))
        .isEqualTo(instant(preview.get("legalDue")));
    String code = (String) receipt.get("code");
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();

    Map<String, Object> dossierRungs = (Map<String, Object>) preview.get("dossierRungs");
    assertThat(dossierTimer(instance, "TimerStart_DossierSoonDue"))
        .isEqualTo(instant(dossierRungs.get("SOON_DUE")));
    assertThat(dossierTimer(instance, "TimerStart_ApologyDue"))
        .isEqualTo(instant(preview.get("apologyAt")))
        .isEqualTo(instant(dossierRungs.get("APOLOGY_DUE")));
    assertThat(dossierTimer(instance, "TimerStart_DossierOverdue"))
        .isEqualTo(instant(dossierRungs.get("OVERDUE")))
        .isEqualTo(instant(preview.get("legalDue")));
    // soon due one working day before the due date (Thursday 14:00, before 75% of the legal time);
    // the apology owed no later than one working day before the appointment (Decree 118/2025 Art.
    // 19(6)): Thursday 14:00 too, not at 75% of the legal time (Thursday 16:00), which is later
    assertThat(dossierRungs)
        .containsEntry("SOON_DUE", "2035-05-03T14:00:00+07:00")
        .containsEntry("APOLOGY_DUE", "2035-05-03T14:00:00+07:00");

    List<Map<String, Object>> steps = (List<Map<String, Object>>) preview.get("steps");
    assertThat(steps).extracting(s -> s.get("onLongestPath")).containsOnly(true);
    assertThat(steps.get(0)).containsEntry("start", RECEIVED_AT).containsEntry("budget", "PT2H");
    // reception: two working hours → Friday 16:00; the ladder climbs from there
    assertThat(steps.get(0))
        .containsEntry("due", "2035-04-27T16:00:00+07:00")
        .containsEntry(
            "rungs",
            Map.of(
                "SOON_DUE", "2035-04-27T15:30:00+07:00",
                "OVERDUE", "2035-04-27T16:00:00+07:00",
                "UNIT_HEAD", "2035-05-02T16:00:00+07:00",
                "SUPERVISOR", "2035-05-03T16:00:00+07:00"));
    walkTheLadderOfTheFirstStep(instance, steps.get(0));

    Instant previousDue = null;
    for (Map<String, Object> step : steps) {
      String id = (String) step.get("id");
      if (previousDue != null) {
        assertThat(instant(step.get("start"))).isEqualTo(previousDue);
      }
      Task task = openTask(code, id);
      assertThat(task.getDueDate().toInstant()).as(id).isEqualTo(instant(step.get("due")));
      Map<String, Object> rungs = (Map<String, Object>) step.get("rungs");
      assertThat(task.getFollowUpDate().toInstant())
          .as(id)
          .isEqualTo(instant(rungs.get("SOON_DUE")));
      if (!id.equals("Task_Reception")) {
        assertThat(ladderTimer(instance)).as(id).isEqualTo(instant(rungs.get("SOON_DUE")));
      }
      // the step is done exactly when it is due: the next one starts then
      previousDue = instant(step.get("due"));
      ClockUtil.setCurrentTime(Date.from(previousDue));
      var work = WORK.get(id);
      Officials.work(tasks, forms, identity, work.getKey(), code, id, work.getValue());
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  /**
   * Fires the first step's ladder rung by rung at the previewed instants: each next timer is the
   * preview's next rung. The clock then goes back to the step's start.
   */
  @SuppressWarnings("unchecked")
  private void walkTheLadderOfTheFirstStep(String instance, Map<String, Object> step) {
    Map<String, Object> rungs = (Map<String, Object>) step.get("rungs");
    List<String> order = List.of("SOON_DUE", "OVERDUE", "UNIT_HEAD", "SUPERVISOR");
    for (String rung : order) {
      Instant at = instant(rungs.get(rung));
      assertThat(ladderTimer(instance)).as(rung).isEqualTo(at);
      ClockUtil.setCurrentTime(Date.from(at.plusSeconds(60)));
      management.executeJob(LadderTimers.of(management, instance).get(0).getId());
    }
    assertThat(LadderTimers.of(management, instance)).isEmpty();
    ClockUtil.setCurrentTime(Date.from(instant(step.get("start"))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aChangedBudgetOrLadderInThePostedModelChangesThePreviewAndThePreviousKeepsTheDeployedOne()
      throws IOException {
    String changed =
        bpmn()
            .replaceFirst(
                "<camunda:property name=\"stepBudget\" value=\"P1D\" />",
                "<camunda:property name=\"stepBudget\" value=\"P2D\" />"
                    + "<camunda:property name=\"ladderSoonDueShare\" value=\"0.5\" />");
    assertThat(changed).isNotEqualTo(bpmn());
    Map<String, Object> preview = preview("admin", changed, AN_BINH, RECEIVED_AT).getBody();
    Map<String, Object> previous = (Map<String, Object>) preview.get("previous");
    assertThat(previous)
        .containsEntry("key", PROCEDURE)
        .containsEntry("version", catalogue.latest(PROCEDURE).orElseThrow().version())
        .containsEntry("legalDue", preview.get("legalDue"))
        .containsEntry("previous", null);
    assertThat(preview.get("version")).isNull();

    Map<String, Object> appraisal = step(preview, "Task_Appraisal");
    Map<String, Object> deployed = step(previous, "Task_Appraisal");
    // both start when reception is due, Friday 16:00
    assertThat(appraisal)
        .containsEntry("start", "2035-04-27T16:00:00+07:00")
        .containsEntry("budget", "P2D");
    assertThat(deployed)
        .containsEntry("start", "2035-04-27T16:00:00+07:00")
        .containsEntry("budget", "P1D");
    // one working day: Wednesday 2 May 16:00; two: Thursday 3 May 16:00
    assertThat(deployed).containsEntry("due", "2035-05-02T16:00:00+07:00");
    assertThat(appraisal).containsEntry("due", "2035-05-03T16:00:00+07:00");
    // soon due at 75% of 480 minutes (deployed) and at half of 960 (the posted override)
    assertThat((Map<String, Object>) deployed.get("rungs"))
        .containsEntry("SOON_DUE", "2035-05-02T14:00:00+07:00");
    assertThat((Map<String, Object>) appraisal.get("rungs"))
        .containsEntry("SOON_DUE", "2035-05-02T16:00:00+07:00");
    // the next step starts when the appraisal is due, and is capped by the legal due date
    Map<String, Object> issue = step(preview, "Task_IssueCertificate");
    assertThat(issue)
        .containsEntry("start", "2035-05-03T16:00:00+07:00")
        .containsEntry("due", preview.get("legalDue"));
    assertThat(step(previous, "Task_IssueCertificate"))
        .containsEntry("due", "2035-05-03T16:00:00+07:00");
  }

  @Test
  void onlyAdministratorsPreviewAndBadInputIsAProblem() throws IOException {
    assertThat(preview("tiepnhan.anbinh", bpmn(), AN_BINH, RECEIVED_AT).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(preview("thanhtra.tinh", bpmn(), AN_BINH, RECEIVED_AT).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> unknown =
        preview("admin", bpmn(), "999.99.99.H99", RECEIVED_AT);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("title", "Cơ quan không tồn tại");
    assertThat((String) unknown.getBody().get("detail")).contains("999.99.99.H99");

    ResponseEntity<Map<String, Object>> garbage = preview("admin", "<not bpmn", AN_BINH, null);
    assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(garbage.getBody()).containsEntry("title", "Không đọc được mô hình quy trình");
    assertThat(preview("admin", null, AN_BINH, null).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

    ResponseEntity<Map<String, Object>> noLegalTime =
        preview(
            "admin",
            bpmn().replace("<camunda:property name=\"legalWorkingDays\" value=\"3\" />", ""),
            AN_BINH,
            null);
    assertThat(noLegalTime.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(noLegalTime.getBody())
        .containsEntry("title", "Quy trình chưa có thời hạn giải quyết");

    ResponseEntity<Map<String, Object>> badBudget =
        preview("admin", bpmn().replaceFirst("value=\"P1D\"", "value=\"một ngày\""), AN_BINH, null);
    assertThat(badBudget.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

    ResponseEntity<Map<String, Object>> badInstant =
        preview("admin", bpmn(), AN_BINH, "thứ sáu tuần sau");
    assertThat(badInstant.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badInstant.getBody().toString()).contains("receivedAt");

    // in English on request
    ResponseEntity<Map<String, Object>> english =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/api/studio/preview?lang=en",
                HttpMethod.POST,
                new HttpEntity<>(body(bpmn(), "999.99.99.H99", null), englishHeaders()),
                JSON);
    assertThat(english.getBody()).containsEntry("title", "Unknown agency");
  }

  /**
   * Calendar days (construction permit, 15 days from Friday 20 April 2035 fall on Saturday 5 May:
   * due Monday 7 May at closing time) and an agency's own office hours (Hòa Phú closes at 17:30: a
   * same-day birth registration is due then, its reception step an hour of its hours later): the
   * preview is what a real dossier gets.
   */
  @Test
  @SuppressWarnings("unchecked")
  void calendarDaysAndAnAgencysOwnOfficeHoursCountAsForARealDossier() throws IOException {
    Map<String, Object> permit =
        preview("admin", bpmn("construction-permit-house"), AN_BINH, "2035-04-20T15:00:00+07:00")
            .getBody();
    assertThat(permit)
        .containsEntry("legalTime", Map.of("calendarDays", 15))
        .containsEntry("legalDue", "2035-05-07T17:00:00+07:00");
    DemoData.setClock(LocalDateTime.of(2035, 4, 20, 15, 0));
    Map<String, Object> received =
        receive(
            "construction-permit-house",
            AN_BINH,
            "tiepnhan.anbinh",
            Map.of("constructionAddress", "Thửa 125, tờ bản đồ số 7", "floors", 3));
    assertThat(Instant.parse((String) received.get("dueAt")))
        .isEqualTo(instant(permit.get("legalDue")));
    Task reception = openTask((String) received.get("code"), "Task_Reception");
    assertThat(reception.getDueDate().toInstant())
        .isEqualTo(instant(step(permit, "Task_Reception").get("due")));

    jdbc.sql("update agency set office_hours = '07:00-11:00,13:30-17:30' where code = ?")
        .param(HOA_PHU)
        .update();
    calendars.forget(HOA_PHU);
    try {
      Map<String, Object> birth =
          preview("admin", bpmn("birth-registration"), HOA_PHU, "2035-04-20T10:30:00+07:00")
              .getBody();
      assertThat(birth)
          .containsEntry("legalTime", Map.of("workingDays", 0, "sameDayCutoff", "15:00"))
          .containsEntry("legalDue", "2035-04-20T17:30:00+07:00");
      // one working hour from 10:30: 30 minutes until 11:00, 30 more from 13:30
      assertThat(step(birth, "Task_Reception")).containsEntry("due", "2035-04-20T14:00:00+07:00");
      DemoData.setClock(LocalDateTime.of(2035, 4, 20, 10, 30));
      Map<String, Object> dossier =
          receive(
              "birth-registration",
              HOA_PHU,
              "tiepnhan.hoaphu",
              Map.of("childName", "Nguyễn Thị Bình", "childBirthDate", "2035-04-18"));
      assertThat(Instant.parse((String) dossier.get("dueAt")))
          .isEqualTo(instant(birth.get("legalDue")));
      assertThat(openTask((String) dossier.get("code"), "Task_Reception").getDueDate().toInstant())
          .isEqualTo(instant(step(birth, "Task_Reception").get("due")));
    } finally {
      jdbc.sql("update agency set office_hours = null where code = ?").param(HOA_PHU).update();
      calendars.forget(HOA_PHU);
    }
  }

  @Test
  void theDefaultInstantIsNowOnTheEngineClock() throws IOException {
    DemoData.setClock(LocalDateTime.of(2035, 4, 27, 14, 0));
    assertThat(preview("admin", bpmn(), AN_BINH, null).getBody())
        .containsEntry("receivedAt", RECEIVED_AT)
        .containsEntry("legalDue", "2035-05-04T14:00:00+07:00");
  }

  private static org.springframework.http.HttpHeaders englishHeaders() {
    var headers = new org.springframework.http.HttpHeaders();
    headers.set("Accept-Language", "en");
    return headers;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> step(Map<String, Object> preview, String id) {
    return ((List<Map<String, Object>>) preview.get("steps"))
        .stream().filter(s -> id.equals(s.get("id"))).findFirst().orElseThrow();
  }

  private ResponseEntity<Map<String, Object>> preview(
      String user, String bpmn, String agency, String receivedAt) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(
            "/api/studio/preview",
            HttpMethod.POST,
            new HttpEntity<>(body(bpmn, agency, receivedAt)),
            JSON);
  }

  private static Map<String, Object> body(String bpmn, String agency, String receivedAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("bpmn", bpmn);
    body.put("agency", agency);
    body.put("receivedAt", receivedAt);
    return body;
  }

  private Instant calendarDeadline(String from, int workingDays) {
    Map<String, Object> deadline =
        http.getForObject(
            "/api/calendar/deadline?from={from}&workingDays={days}", Map.class, from, workingDays);
    return instant(deadline.get("due"));
  }

  private Map<String, Object> receive() {
    return receive(
        PROCEDURE,
        AN_BINH,
        "tiepnhan.anbinh",
        Map.of("householdName", "Hộ kinh doanh Tạp hóa An Bình", "capital", 50000000));
  }

  private Map<String, Object> receive(
      String procedure, String agency, String officer, Map<String, Object> data) {
    Map<String, Object> body = DemoData.counterDossier(procedure, agency, data);
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth(officer, PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody();
  }

  private Task openTask(String code, String key) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .taskDefinitionKey(key)
            .singleResult();
    assertThat(task).as("open step %s", key).isNotNull();
    return task;
  }

  private Instant ladderTimer(String instance) {
    List<Job> jobs = LadderTimers.of(management, instance);
    assertThat(jobs).hasSize(1);
    return jobs.get(0).getDuedate().toInstant();
  }

  private Instant dossierTimer(String instance, String activityId) {
    return management
        .createJobQuery()
        .processInstanceId(instance)
        .activityId(activityId)
        .singleResult()
        .getDuedate()
        .toInstant();
  }

  private static Instant instant(Object text) {
    return OffsetDateTime.parse((String) text).toInstant();
  }

  private static String bpmn() throws IOException {
    return bpmn(PROCEDURE);
  }

  private static String bpmn(String procedure) throws IOException {
    return Files.readString(Path.of("processes", procedure + ".bpmn"));
  }
}
