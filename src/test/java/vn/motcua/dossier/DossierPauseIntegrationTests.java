package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.ClockTestProcedure;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.deadline.Deadlines;

/**
 * Pausing a dossier's legal clock and resuming it: the segment is recorded, and the legal due date,
 * the open step's due date, the legal due variable and the timers move by the working time that
 * elapsed while paused (November 2026: Monday to Friday are working days, 07:30–11:30,
 * 13:00–17:00).
 */
@IntegrationTest
class DossierPauseIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String REASON = ClockTestProcedure.LABEL;
  private static final Map<String, Object> PAUSE = Map.of("reasonCode", ClockTestProcedure.CODE);
  private static final String SPECIALIST = "hotich.anbinh";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;

  @BeforeEach
  void deployTheTestProcedure() {
    ClockTestProcedure.deploy(repository);
  }

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
    ClockTestProcedure.undeploy(repository);
  }

  @Test
  @SuppressWarnings("unchecked")
  void pauseOverFiveCalendarDaysWithThreeWorkingDaysMovesDueDatesByThreeWorkingDays() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 20, 14, 0)); // Friday
    String code = receive(ClockTestProcedure.dossier(AN_BINH));
    Map<String, Object> received = dossier(code);
    assertThat(received).containsEntry("dueAt", at(20, 17, 0)).containsEntry("paused", false);
    assertThat(openStepDue(received)).isEqualTo(at(20, 15, 0));

    DemoData.setClock(LocalDateTime.of(2026, 11, 20, 17, 0)); // the office closes
    ResponseEntity<Map<String, Object>> paused = post(SPECIALIST, code, "pause", PAUSE);
    assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(paused.getBody()).containsEntry("paused", true);
    assertThat((List<Map<String, Object>>) paused.getBody().get("pauses"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .containsEntry("pausedAt", at(20, 17, 0))
                    .containsEntry("reason", REASON)
                    .containsEntry("pausedBy", SPECIALIST)
                    .doesNotContainKeys("resumedAt", "shiftWorkingMinutes"));

    // Sat, Sun, Mon, Tue, Wed: five calendar days, three of them working days
    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 17, 0));
    ResponseEntity<Map<String, Object>> resumed = post("hotich.anbinh", code, "resume", null);

    assertThat(resumed.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> view = resumed.getBody();
    assertThat(view).containsEntry("paused", false).containsEntry("dueAt", at(25, 17, 0));
    assertThat(openStepDue(view)).isEqualTo(at(25, 15, 0));
    assertThat((List<Map<String, Object>>) view.get("pauses"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .containsEntry("pausedAt", at(20, 17, 0))
                    .containsEntry("resumedAt", at(25, 17, 0))
                    .containsEntry("reason", REASON)
                    .containsEntry("pausedBy", SPECIALIST)
                    .containsEntry("resumedBy", "hotich.anbinh")
                    .containsEntry("shiftWorkingMinutes", 3 * 480));
    assertThat(legalDueVariable(code)).isEqualTo(at(25, 17, 0));
    assertThat(dossier(code)).isEqualTo(view);
  }

  @Test
  void stepStartedDuringThePauseKeepsItsWholeBudgetFromTheResume() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0)); // Monday
    String code = receive(ClockTestProcedure.dossier(AN_BINH));
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 30));
    post(SPECIALIST, code, "pause", PAUSE);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    tasks.complete(openTaskId(code), Map.of("receptionDecision", "ACCEPT"));
    assertThat(openStepDue(dossier(code))).isEqualTo(at(23, 15, 30)); // 4 working hours

    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 11, 0));
    Map<String, Object> view = post(SPECIALIST, code, "resume", null).getBody();

    assertThat(view).containsEntry("dueAt", at(24, 9, 0)); // 90 paused minutes later
    assertThat(openStepDue(view)).isEqualTo(at(23, 16, 30)); // 4 working hours from 11:00
  }

  @Test
  void pauseHoldsTheLegalDeadlineTimerAndResumeMovesIt() {
    repository
        .createDeployment()
        .name("pause-timer-test")
        .addClasspathResource("bpmn/pause-timer-test.bpmn")
        .enableDuplicateFiltering(false)
        .deploy();
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0)); // Monday; 3 working days
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.put("procedure", "pause-timer-test");
    String code = receive(body);
    assertThat(timer(code).getDuedate()).isEqualTo(date(26, 9, 0));

    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    post(SPECIALIST, code, "pause", PAUSE);
    assertThat(timer(code).getDuedate()).isAfter(date(26, 9, 0)); // held: pushed far out
    assertThat(timer(code).getDuedate().toInstant().atZone(VIETNAM).getYear()).isGreaterThan(2500);

    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 10, 0)); // two working days later
    Map<String, Object> view = post(SPECIALIST, code, "resume", null).getBody();

    assertThat(view).containsEntry("dueAt", at(30, 9, 0));
    assertThat(openStepDue(view)).isEqualTo(at(25, 11, 0));
    assertThat(timer(code).getDuedate()).isEqualTo(date(30, 9, 0));
    assertThat(legalDueVariable(code)).isEqualTo(at(30, 9, 0));
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 9, 0)); // past the old due date
    assertThat(
            management
                .createJobQuery()
                .processInstanceId(processInstanceId(code))
                .activityId("Timer_LegalDue")
                .executable()
                .count())
        .isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theClockStandsStillNoLongerThanTheReasonAllows() {
    String code = receiveOnMonday(); // due Monday 17:00
    post(SPECIALIST, code, "pause", Map.of("reasonCode", ClockTestProcedure.SHORT));
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 13, 0)); // 1 working day and 90 minutes
    assertThat(dossier(code)).containsEntry("pausedWorkingMinutes", 480);

    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 9, 0)); // two working days later
    Map<String, Object> view = post(SPECIALIST, code, "resume", null).getBody();

    // one working day (480 minutes) is not counted, the second is
    assertThat(view)
        .containsEntry("dueAt", at(24, 17, 0))
        .containsEntry("pausedWorkingMinutes", 480);
    assertThat((List<Map<String, Object>>) view.get("pauses"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .containsEntry("reasonCode", ClockTestProcedure.SHORT)
                    .containsEntry("resumedAt", at(25, 9, 0))
                    .containsEntry("shiftWorkingMinutes", 480));
  }

  @Test
  void pausingTwiceIsAConflict() {
    String code = receiveOnMonday();
    post(SPECIALIST, code, "pause", PAUSE);

    ResponseEntity<Map<String, Object>> again = post(SPECIALIST, code, "pause", PAUSE);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody())
        .containsEntry("title", "Thời hạn đang tạm dừng")
        .containsEntry("code", code);
    assertThat((List<?>) dossier(code).get("pauses")).hasSize(1);
  }

  @Test
  void resumingARunningClockIsAConflict() {
    String code = receiveOnMonday();

    ResponseEntity<Map<String, Object>> response = post(SPECIALIST, code, "resume", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody()).containsEntry("title", "Thời hạn không tạm dừng");
  }

  @Test
  void pausingAFinishedDossierIsAConflict() {
    String code = receiveOnMonday();
    tasks.complete(openTaskId(code), Map.of("receptionDecision", "REFUSE"));

    ResponseEntity<Map<String, Object>> response = post(SPECIALIST, code, "pause", PAUSE);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody()).containsEntry("title", "Hồ sơ đã kết thúc");
  }

  @Test
  void officialOfAnotherCommuneMayNotPauseOrResume() {
    String code = receiveOnMonday();

    assertThat(post("hotich.hoaphu", code, "pause", PAUSE).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    post(SPECIALIST, code, "pause", PAUSE);
    assertThat(post("hotich.hoaphu", code, "resume", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(dossier(code)).containsEntry("paused", true);
  }

  @Test
  @SuppressWarnings("unchecked")
  void blankReasonIsRefusedListingTheReasonsTheProcedureDeclares() {
    String code = receiveOnMonday();

    ResponseEntity<Map<String, Object>> response =
        post(SPECIALIST, code, "pause", Map.of("reason", " "));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((List<Map<String, Object>>) response.getBody().get("allowedReasons"))
        .extracting(reason -> reason.get("code"))
        .containsExactly(ClockTestProcedure.SHORT, ClockTestProcedure.CODE);
    assertThat(dossier(code)).containsEntry("paused", false);
  }

  @Test
  void unknownDossierIsNotFound() {
    String code = "000.00.01.H99-000101-0001";
    assertThat(post(SPECIALIST, code, "pause", PAUSE).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(SPECIALIST, code, "resume", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String receiveOnMonday() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    return receive(ClockTestProcedure.dossier(AN_BINH));
  }

  private String receive(Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private ResponseEntity<Map<String, Object>> post(
      String user, String code, String action, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "vi");
    return http.withBasicAuth(user, PASSWORD)
        .exchange(
            "/api/dossiers/" + code + "/" + action,
            HttpMethod.POST,
            new HttpEntity<>(body, headers),
            JSON);
  }

  private Map<String, Object> dossier(String code) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @SuppressWarnings("unchecked")
  private static Object openStepDue(Map<String, Object> view) {
    List<Map<String, Object>> steps = (List<Map<String, Object>>) view.get("openSteps");
    assertThat(steps).hasSize(1);
    return steps.get(0).get("dueAt");
  }

  private String openTaskId(String code) {
    return tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
  }

  private Job timer(String code) {
    return management
        .createJobQuery()
        .processInstanceId(processInstanceId(code))
        .activityId("Timer_LegalDue")
        .timers()
        .singleResult();
  }

  private String processInstanceId(String code) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .singleResult()
        .getId();
  }

  private String legalDueVariable(String code) {
    Date due = (Date) runtime.getVariable(processInstanceId(code), Deadlines.LEGAL_DUE_VARIABLE);
    return due.toInstant().toString();
  }

  /** A local time in Vietnam in November 2026, as the API writes it. */
  private static String at(int day, int hour, int minute) {
    return date(day, hour, minute).toInstant().toString();
  }

  private static Date date(int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(2026, 11, day, hour, minute).atZone(VIETNAM).toInstant());
  }
}
