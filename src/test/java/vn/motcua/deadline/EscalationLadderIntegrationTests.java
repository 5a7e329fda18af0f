package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
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
import vn.motcua.ClockTestProcedure;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * The escalation ladder of one birth registration at An Bình, walked rung by rung by moving the
 * engine clock (Monday 23 November 2026; office hours 07:30–11:30, 13:00–17:00). The reception step
 * has a budget of one working hour: soon due at 75%, overdue at its due date, escalated to the unit
 * head one working day later and to the province's supervisor one more working day later. The
 * dossier (same-day procedure) is soon due and owes its apology letter at 75% of its legal time,
 * and is overdue when the office closes.
 */
@IntegrationTest
class EscalationLadderIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyRungFlagsRecordsAndNotifiesOnceThenTheUnitHeadIssuesTheApology() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    String code = receive();
    Task reception = task(code, "Task_Reception");
    assertThat(reception.getDueDate().toInstant()).isEqualTo(at(23, 9, 0));
    assertThat(reception.getFollowUpDate().toInstant()).isEqualTo(at(23, 8, 45));
    assertThat(timerDates(code))
        .containsExactlyInAnyOrder(
            at(23, 8, 45), // step soon due: 45 of 60 minutes (its later rungs come one by one)
            at(23, 15, 8), // dossier soon due: 75% of 450 working minutes
            at(23, 15, 8), // apology: a same-day procedure has no "day before"
            at(23, 17, 0)); // dossier overdue: the office closes

    fireDueAt(code, LocalDateTime.of(2026, 11, 23, 8, 46));
    assertThat(ladderTimers(code)).containsExactly(at(23, 9, 0)); // step overdue
    Map<String, Object> soon = dossier(code);
    assertThat(soon).containsEntry("flag", "ON_TIME");
    assertThat(step(soon, "Task_Reception")).containsEntry("flag", "SOON_DUE");
    assertThat(kinds(soon)).containsSubsequence("RECEIVED", "StepSoonDue");
    assertThat(notified(code, "StepSoonDue")).containsExactly("tiepnhan.anbinh");

    tasks.claim(reception.getId(), "tiepnhan.anbinh");
    fireDueAt(code, LocalDateTime.of(2026, 11, 23, 9, 1));
    Map<String, Object> overdue = dossier(code);
    assertThat(step(overdue, "Task_Reception"))
        .containsEntry("flag", "OVERDUE")
        .containsEntry("assignee", "tiepnhan.anbinh");
    assertThat(event(code, "StepOverdue"))
        .containsEntry("holder", "tiepnhan.anbinh")
        .containsEntry("unit_group", AN_BINH + ":reception")
        .containsEntry("late_minutes", 1L);
    assertThat(notified(code, "StepOverdue")).containsExactly("tiepnhan.anbinh");

    assertThat(ladderTimers(code)).containsExactly(at(24, 9, 0)); // unit head: a working day on
    fireDueAt(code, LocalDateTime.of(2026, 11, 23, 15, 10));
    Map<String, Object> dossierSoon = dossier(code);
    assertThat(dossierSoon).containsEntry("flag", "SOON_DUE").containsEntry("late", false);
    assertThat(kinds(dossierSoon)).contains("DossierSoonDue", "ApologyDue");
    assertThat(notified(code, "DossierSoonDue")).containsExactly("chutich.anbinh");
    assertThat(notified(code, "ApologyDue")).containsExactly("vanphong.anbinh");
    Task apology = task(code, "Task_IssueApology");
    assertThat(candidateGroups(apology)).containsExactly(AN_BINH + ":unit-head");
    assertThat(apology.getDueDate().toInstant()).isEqualTo(at(23, 17, 0));

    fireDueAt(code, LocalDateTime.of(2026, 11, 23, 17, 1));
    assertThat(dossier(code)).containsEntry("flag", "OVERDUE").containsEntry("late", true);
    assertThat(notified(code, "DossierOverdue")).containsExactly("chutich.anbinh");
    assertThat(search("tiepnhan.anbinh", "flag=OVERDUE&agency=" + AN_BINH))
        .extracting(row -> row.get("code"))
        .contains(code);
    assertThat(search("tiepnhan.anbinh", "flag=ON_TIME&procedure=birth-registration"))
        .extracting(row -> row.get("code"))
        .doesNotContain(code);
    assertThat(search("tiepnhan.hoaphu", "flag=OVERDUE"))
        .extracting(row -> row.get("code"))
        .doesNotContain(code);

    fireDueAt(code, LocalDateTime.of(2026, 11, 24, 9, 1));
    assertThat(event(code, "UNIT_HEAD"))
        .containsEntry("kind", "DossierEscalated")
        .containsEntry("escalated_to", AN_BINH + ":unit-head")
        .containsEntry("holder", "tiepnhan.anbinh")
        .containsEntry("late_minutes", 481L);
    assertThat(candidateGroups(task(code, "Task_Reception"))).contains(AN_BINH + ":unit-head");
    assertThat(notified(code, "UNIT_HEAD")).containsExactly("vanphong.anbinh");

    assertThat(ladderTimers(code)).containsExactly(at(25, 9, 0)); // supervisor: one more day
    fireDueAt(code, LocalDateTime.of(2026, 11, 25, 9, 1));
    assertThat(event(code, "SUPERVISOR"))
        .containsEntry("kind", "DossierEscalated")
        .containsEntry("escalated_to", "000.00.00.H99:supervisor")
        .containsEntry("late_minutes", 961L);
    assertThat(notified(code, "SUPERVISOR")).containsExactly("thanhtra.tinh");

    // the ladder is spent: nothing more fires, and every rung was recorded exactly once
    fireDueAt(code, LocalDateTime.of(2026, 11, 30, 9, 0));
    assertThat(
            jdbc.sql("select count(*) from deadline_event where dossier_code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isEqualTo(7);
    assertThat(
            jdbc.sql(
                    "select count(*) from notification where dossier_code = ?"
                        + " group by dedup_key, recipient having count(*) > 1")
                .param(code)
                .query(Long.class)
                .list())
        .isEmpty();

    // the unit head issues the apology letter with a new date: form 04, once
    Officials.work(
        tasks,
        forms,
        identity,
        "vanphong.anbinh",
        code,
        "Task_IssueApology",
        Map.of(
            "apologyReason", "Chờ xác minh giấy chứng sinh với bệnh viện",
            "newDueDate", "2026-12-02"));
    Officials.work(
        tasks,
        forms,
        identity,
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    Map<String, Object> after = dossier(code);
    assertThat(after)
        .containsEntry("flag", "OVERDUE")
        .containsEntry("late", true)
        .containsEntry("extendedDueAt", at(2026, 12, 2, 17, 0).toString());
    assertThat((List<Map<String, Object>>) after.get("extensions"))
        .singleElement()
        .satisfies(e -> assertThat(e).containsEntry("actor", "vanphong.anbinh"));
    assertThat((List<Map<String, Object>>) after.get("overBudget"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s)
                    .containsEntry("activityId", "Task_Reception")
                    .containsEntry("unitGroup", AN_BINH + ":reception")
                    .containsEntry("assignee", "tiepnhan.anbinh")
                    .containsEntry("completedBy", "tiepnhan.anbinh")
                    .containsEntry("overrunMinutes", 2400));
    assertThat(step(after, "Task_Appraisal")).containsEntry("flag", "ON_TIME");
  }

  @Test
  void aClockPastEveryRungReachesThemAllInOrderWithOneJob() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    String code = receive();
    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 9, 1)); // past the supervisor rung
    List<Job> ladder = LadderTimers.of(management, instance(code));
    assertThat(ladder).hasSize(1);
    management.executeJob(ladder.get(0).getId());

    assertThat(
            jdbc.sql(
                    "select rung from deadline_event where dossier_code = ?"
                        + " and task_key <> 'dossier' order by id")
                .param(code)
                .query(String.class)
                .list())
        .containsExactly("SOON_DUE", "OVERDUE", "UNIT_HEAD", "SUPERVISOR");
    assertThat(ladderTimers(code)).isEmpty();
    Task reception = task(code, "Task_Reception");
    assertThat(candidateGroups(reception))
        .contains(AN_BINH + ":unit-head", "000.00.00.H99:supervisor");
    assertThat(step(dossier(code), "Task_Reception")).containsEntry("flag", "OVERDUE");
    assertThat(notified(code, "SUPERVISOR")).containsExactly("thanhtra.tinh");
  }

  @Test
  @SuppressWarnings("unchecked")
  void pausedTimeMovesEveryRungAndNeverCountsAsOverrun() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    // birth registration's law grants no pause: its test variant declares one
    ClockTestProcedure.deploy(repository);
    try {
      pausedTimeMovesEveryRung();
    } finally {
      ClockTestProcedure.undeploy(repository);
    }
  }

  @SuppressWarnings("unchecked")
  private void pausedTimeMovesEveryRung() {
    String code = receive(ClockTestProcedure.dossier(AN_BINH));
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 30));
    act("hotich.anbinh", code, "pause", Map.of("reasonCode", ClockTestProcedure.CODE));
    fireDueAt(code, LocalDateTime.of(2026, 11, 24, 8, 30)); // nothing fires while paused
    assertThat(dossier(code)).containsEntry("flag", "ON_TIME");
    act("hotich.anbinh", code, "resume", Map.of());
    Task reception = task(code, "Task_Reception");
    assertThat(reception.getDueDate().toInstant()).isEqualTo(at(24, 9, 0));
    assertThat(reception.getFollowUpDate().toInstant()).isEqualTo(at(24, 8, 45));

    fireDueAt(code, LocalDateTime.of(2026, 11, 24, 8, 50));
    assertThat(step(dossier(code), "Task_Reception")).containsEntry("flag", "SOON_DUE");
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 8, 55));
    Officials.work(
        tasks,
        forms,
        identity,
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    Map<String, Object> done = dossier(code);
    assertThat(step(done, "Task_Reception"))
        .containsEntry("flag", "ON_TIME")
        .containsEntry("overrunMinutes", 0)
        .containsEntry("dueAt", at(24, 9, 0).toString());
    assertThat((List<Map<String, Object>>) done.get("overBudget")).isEmpty();
    assertThat(notified(code, "StepOverdue")).isEmpty();
  }

  private String receive() {
    return receive(DemoData.birthRegistration(AN_BINH));
  }

  private String receive(Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private void act(String code, String action, Map<String, Object> body) {
    act("tiepnhan.anbinh", code, action, body);
  }

  private void act(String user, String code, String action, Map<String, Object> body) {
    var response =
        http.withBasicAuth(user, PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body),
                JSON);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
  }

  private Map<String, Object> dossier(String code) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private List<Map<String, Object>> search(String official, String query) {
    ResponseEntity<List<Map<String, Object>>> response =
        http.withBasicAuth(official, PASSWORD)
            .exchange("/api/dossiers?size=500&" + query, HttpMethod.GET, null, LIST);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> step(Map<String, Object> dossier, String key) {
    return ((List<Map<String, Object>>) dossier.get("steps"))
        .stream()
            .filter(s -> key.equals(s.get("activityId")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no step " + key + " in " + dossier));
  }

  @SuppressWarnings("unchecked")
  private static List<String> kinds(Map<String, Object> dossier) {
    return ((List<Map<String, Object>>) dossier.get("history"))
        .stream().map(e -> (String) e.get("kind")).toList();
  }

  /** The deadline event of the dossier with this kind or rung (exactly one). */
  private Map<String, Object> event(String code, String kindOrRung) {
    List<Map<String, Object>> rows =
        jdbc.sql(
                "select kind, holder, unit_group, late_minutes, escalated_to from deadline_event"
                    + " where dossier_code = ? and (kind = ? or rung = ?)")
            .params(code, kindOrRung, kindOrRung)
            .query()
            .listOfRows();
    assertThat(rows).as(kindOrRung).hasSize(1);
    return rows.get(0);
  }

  /** The recipients notified of the dossier's event with this kind or rung. */
  private List<String> notified(String code, String kindOrRung) {
    return jdbc.sql(
            "select n.recipient from notification n join deadline_event e"
                + " on n.dedup_key = 'deadline-event:' || e.id"
                + " where e.dossier_code = ? and (e.kind = ? or e.rung = ?) order by n.recipient")
        .params(code, kindOrRung, kindOrRung)
        .query(String.class)
        .list();
  }

  private Task task(String code, String key) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey(key)
        .singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private List<java.time.Instant> ladderTimers(String code) {
    return LadderTimers.of(management, instance(code)).stream()
        .map(job -> job.getDuedate().toInstant())
        .toList();
  }

  private List<java.time.Instant> timerDates(String code) {
    return management.createJobQuery().processInstanceId(instance(code)).timers().list().stream()
        .map(job -> job.getDuedate().toInstant())
        .toList();
  }

  private String instance(String code) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .singleResult()
        .getId();
  }

  /** Moves the clock and runs every due job of the dossier, as the job executor would. */
  private void fireDueAt(String code, LocalDateTime vietnamTime) {
    DemoData.setClock(vietnamTime);
    String instance = instance(code);
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

  private static java.time.Instant at(int day, int hour, int minute) {
    return at(2026, 11, day, hour, minute);
  }

  private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
  }
}
