package vn.motcua.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
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
import vn.motcua.ClockTestProcedure;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.Deadlines;

/**
 * Fifty dossiers of a copy of business household registration (3 working days) at various steps,
 * some awaiting a supplement (clock paused), some past their step's due date, move from version 1
 * to a version 2 that renames the certificate step (explicit mapping), renames the result return
 * step without mapping it (the one dossier there cannot move) and cuts the appraisal budget from
 * one working day to four working hours. Every moved dossier keeps its legal due date, its pauses
 * and its flags; its current step's due date and ladder timer are those of the new budget counted
 * from the step's own start (expected values from the working calendar: Monday to Friday,
 * 07:30–11:30 and 13:00–17:00; soon due at 75% of the budget, unit head one working day after the
 * due date, supervisor one more), and each rung fires once.
 */
@IntegrationTest
class MigrationIntegrationTests {

  private static final String KEY = "bhr-migration-test";
  private static final String ADMIN = "admin";
  private static final String RECEPTION = "tiepnhan.anbinh";
  private static final String SPECIALIST = "hotich.anbinh";
  private static final String LEADER = "chutich.anbinh";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final long DAY = 480;

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired AgencyCalendars calendars;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void cleanUp() {
    ClockTestProcedure.undeploy(repository, KEY);
    DemoData.resetClock();
  }

  @Test
  @SuppressWarnings("unchecked")
  void fiftyDossiersMoveToVersionTwoWithTheirClocksAndOneCannot() {
    ClockTestProcedure.deployCopy(repository, "business-household-registration", KEY, Map.of());
    WorkingCalendar calendar = calendars.of(AN_BINH);

    set(23, 8, 0); // Monday
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      all.add(receive());
    }
    List<String> reception = all.subList(0, 10);
    List<String> appraisal = all.subList(10, 25);
    List<String> paused = all.subList(25, 30);
    List<String> certificate = all.subList(30, 45);
    List<String> lateAppraisal = all.subList(45, 49);
    String resultReturn = all.get(49);

    set(23, 8, 30);
    for (String code : concat(appraisal, paused, certificate, List.of(resultReturn))) {
      accept(code);
    }
    set(23, 9, 0);
    for (String code : concat(certificate, List.of(resultReturn))) {
      appraise(code);
    }
    for (String code : paused) {
      assertThat(
              post(
                      SPECIALIST,
                      "/api/dossiers/" + code + "/supplementation-request",
                      Map.of("reason", "Thiếu giấy tờ", "items", List.of("Bản sao CCCD")))
                  .getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }
    set(23, 9, 30);
    Officials.work(
        tasks,
        forms,
        identity,
        LEADER,
        resultReturn,
        "Task_IssueCertificate",
        Map.of("issueDecision", "ISSUE"));
    set(24, 8, 0); // Tuesday
    for (String code : lateAppraisal) {
      accept(code);
    }
    set(24, 10, 30);
    fireDueJobs(all);

    // version 2: the certificate step renamed, result return renamed (unmapped), appraisal 4h
    ClockTestProcedure.deployCopy(
        repository,
        "business-household-registration",
        KEY,
        Map.of(
            "\"Task_IssueCertificate\"",
            "\"Task_SignCertificate\"",
            "\"Task_ResultReturn\"",
            "\"Task_HandOver\"",
            "<camunda:property name=\"role\" value=\"specialist\" />\n"
                + "          <camunda:property name=\"stepBudget\" value=\"P1D\" />",
            "<camunda:property name=\"role\" value=\"specialist\" />\n"
                + "          <camunda:property name=\"stepBudget\" value=\"PT4H\" />"));

    set(24, 11, 15);
    Map<String, Map<String, Object>> before = new HashMap<>();
    for (String code : all) {
      before.put(code, snapshot(code));
    }

    // access and validation
    assertThat(
            get(RECEPTION, "/api/studio/procedures/" + KEY + "/migration?from=1&to=2")
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> unknown =
        get(ADMIN, "/api/studio/procedures/" + KEY + "/migration?from=1&to=9");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("version", 9).containsKey("detail");
    assertThat(
            post(
                    ADMIN,
                    "/api/studio/migrations/dry-run",
                    Map.of("key", KEY, "fromVersion", 1, "toVersion", 1, "instructions", List.of()))
                .getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    ResponseEntity<Map<String, Object>> badStep =
        post(
            ADMIN,
            "/api/studio/migrations/dry-run",
            Map.of(
                "key",
                KEY,
                "fromVersion",
                1,
                "toVersion",
                2,
                "instructions",
                List.of(Map.of("source", "Task_Nowhere", "target", "Task_Appraisal"))));
    assertThat(badStep.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(
            post(
                    ADMIN,
                    "/api/studio/migrations",
                    Map.of("key", KEY, "fromVersion", 1, "toVersion", 2, "instructions", List.of()))
                .getStatusCode())
        .as("a migration needs a note")
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

    // proposal: same ids mapped; the renamed steps left to the administrator
    Map<String, Object> proposal =
        get(ADMIN, "/api/studio/procedures/" + KEY + "/migration?from=1&to=2").getBody();
    assertThat(proposal).containsEntry("runningDossiers", 50);
    List<Map<String, Object>> instructions =
        new ArrayList<>((List<Map<String, Object>>) proposal.get("instructions"));
    assertThat(instructions)
        .contains(Map.of("source", "Task_Appraisal", "target", "Task_Appraisal"))
        .noneMatch(i -> i.get("source").equals("Task_IssueCertificate"));
    assertThat((List<Map<String, Object>>) proposal.get("unmapped"))
        .extracting(u -> u.get("source"))
        .contains("Task_IssueCertificate", "Task_ResultReturn");
    instructions.add(Map.of("source", "Task_IssueCertificate", "target", "Task_SignCertificate"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("key", KEY);
    body.put("fromVersion", 1);
    body.put("toVersion", 2);
    body.put("instructions", instructions);

    Map<String, Object> dryRun = post(ADMIN, "/api/studio/migrations/dry-run", body).getBody();
    assertThat((List<Map<String, Object>>) dryRun.get("blocked"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b).containsEntry("code", resultReturn);
              assertThat((List<String>) b.get("activities")).containsExactly("Task_ResultReturn");
              assertThat((String) b.get("reason")).contains("Task_ResultReturn");
            });
    assertThat((List<Map<String, Object>>) dryRun.get("movable")).hasSize(49);
    assertThat(before.get(all.get(0)))
        .isEqualTo(snapshot(all.get(0))); // the dry run changes nothing

    body.put("note", "Sửa định mức thẩm định, đổi tên bước cấp giấy");
    ResponseEntity<Map<String, Object>> started = post(ADMIN, "/api/studio/migrations", body);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(started.getBody()).containsEntry("dossiers", 50);
    Map<String, Object> status = awaitCompleted((String) started.getBody().get("migrationId"));
    assertThat(status).containsEntry("moved", 49).containsEntry("total", 50);
    assertThat((List<Map<String, Object>>) status.get("failed"))
        .singleElement()
        .satisfies(f -> assertThat(f).containsEntry("code", resultReturn));

    String v2 =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(KEY)
            .processDefinitionVersion(2)
            .singleResult()
            .getId();
    for (String code : all) {
      Map<String, Object> now = snapshot(code);
      assertThat(now).as("legal due, pauses and flags of %s", code).isEqualTo(before.get(code));
      if (!code.equals(resultReturn)) {
        assertThat(
                runtime
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(code)
                    .singleResult()
                    .getProcessDefinitionId())
            .isEqualTo(v2);
        assertThat(
                jdbc.sql(
                        "select count(*) from dossier_event where dossier_code = ? and kind"
                            + " = 'MIGRATED' and actor = ?")
                    .params(code, ADMIN)
                    .query(Long.class)
                    .single())
            .isEqualTo(1);
        assertThat(
                jdbc.sql(
                        "select count(*) from audit_entry where dossier_code = ? and action ="
                            + " 'MIGRATED'")
                    .param(code)
                    .query(Long.class)
                    .single())
            .isEqualTo(1);
      }
    }

    // the current steps: due = start + new budget, the ladder's next rung from the step's start
    Instant mon0800 = at(23, 8, 0);
    Instant mon0830 = at(23, 8, 30);
    Instant mon0900 = at(23, 9, 0);
    Instant tue0800 = at(24, 8, 0);
    for (String code : reception) {
      Instant due = calendar.addWorkingMinutes(mon0800, 120);
      assertStep(
          code, "Task_Reception", due, "SUPERVISOR", calendar.addWorkingMinutes(due, 2 * DAY));
    }
    for (String code : appraisal) {
      Instant due = calendar.addWorkingMinutes(mon0830, 240);
      assertThat(due).isEqualTo(at(23, 14, 0));
      assertStep(code, "Task_Appraisal", due, "UNIT_HEAD", calendar.addWorkingMinutes(due, DAY));
    }
    for (String code : paused) {
      Instant due = calendar.addWorkingMinutes(mon0830, 240);
      Instant soon = calendar.addWorkingMinutes(mon0830, 180);
      assertStep(code, "Task_Appraisal", due, "SOON_DUE", soon.plus(Duration.ofDays(365_000)));
    }
    for (String code : certificate) {
      Instant due = calendar.addWorkingMinutes(mon0900, DAY);
      assertStep(
          code, "Task_SignCertificate", due, "UNIT_HEAD", calendar.addWorkingMinutes(due, DAY));
    }
    for (String code : lateAppraisal) {
      Instant due = calendar.addWorkingMinutes(tue0800, 240);
      assertStep(code, "Task_Appraisal", due, "SOON_DUE", calendar.addWorkingMinutes(tue0800, 180));
    }
    assertThat(
            jdbc.sql(
                    "select budget_minutes from dossier_step where dossier_code = ? and"
                        + " completed_at is null")
                .param(appraisal.get(0))
                .query(Long.class)
                .single())
        .isEqualTo(240);

    // the rung the new budget made due fires once; then the clock moves on
    fireDueJobs(all);
    fireDueJobs(all);
    for (String code : lateAppraisal) {
      assertThat(reached(code)).containsExactly("SOON_DUE");
      assertStep(
          code,
          "Task_Appraisal",
          calendar.addWorkingMinutes(tue0800, 240),
          "OVERDUE",
          calendar.addWorkingMinutes(tue0800, 240));
    }
    set(24, 14, 30);
    fireDueJobs(all);
    fireDueJobs(all);
    for (String code : appraisal) {
      assertThat(reached(code)).containsExactlyInAnyOrder("SOON_DUE", "OVERDUE", "UNIT_HEAD");
    }
    for (String code : lateAppraisal) {
      assertThat(reached(code)).containsExactlyInAnyOrder("SOON_DUE", "OVERDUE");
    }
    for (String code : paused) {
      assertThat(reached(code)).isEmpty();
    }
    for (String code : reception) {
      assertThat(reached(code)).containsExactlyInAnyOrder("SOON_DUE", "OVERDUE", "UNIT_HEAD");
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from (select dossier_code, task_key, rung from"
                        + " deadline_event where dossier_code like ? group by dossier_code, task_key, rung"
                        + " having count(*) > 1) twice")
                .param("%")
                .query(Long.class)
                .single())
        .isZero();
  }

  /** The open step's task due date and its one ladder timer (rung and due date). */
  private void assertStep(String code, String activity, Instant due, String rung, Instant rungAt) {
    Task task =
        tasks.createTaskQuery().processInstanceBusinessKey(code).list().stream()
            .filter(t -> t.getTaskDefinitionKey().equals(activity))
            .findFirst()
            .orElseThrow();
    assertThat(task.getDueDate().toInstant())
        .as("due date of %s at %s", code, activity)
        .isEqualTo(due);
    List<Job> ladder =
        management
            .createJobQuery()
            .processInstanceId(task.getProcessInstanceId())
            .executionId(task.getExecutionId())
            .timers()
            .list()
            .stream()
            .filter(
                j -> TimerTaskListenerJobHandler.TYPE.equals(((JobEntity) j).getJobHandlerType()))
            .toList();
    assertThat(ladder)
        .as("ladder timers of %s", code)
        .singleElement()
        .satisfies(
            job -> {
              assertThat(((JobEntity) job).getJobHandlerConfigurationRaw())
                  .endsWith("ladder-" + rung);
              assertThat(job.getDuedate().toInstant())
                  .as("%s rung of %s", rung, code)
                  .isEqualTo(rungAt);
            });
    assertThat(
            jdbc.sql("select due_at from dossier_step where task_id = ?")
                .param(task.getId())
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant())
        .isEqualTo(due);
  }

  private List<String> reached(String code) {
    return jdbc.sql(
            "select e.rung from deadline_event e join dossier_step s on s.task_id ="
                + " e.task_key where e.dossier_code = ? and s.completed_at is null")
        .param(code)
        .query(String.class)
        .list();
  }

  /** What must not change: the dossier's deadlines, pauses and flags, its dossier timers. */
  private Map<String, Object> snapshot(String code) {
    Map<String, Object> view = get(ADMIN, "/api/dossiers/" + code).getBody();
    Map<String, Object> s = new LinkedHashMap<>();
    for (String field :
        List.of(
            "dueAt",
            "paused",
            "pauses",
            "pausedWorkingMinutes",
            "pausedByReason",
            "flag",
            "late",
            "status")) {
      s.put(field, view.get(field));
    }
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    s.put("legalDueAt", runtime.getVariable(instance, Deadlines.LEGAL_DUE_VARIABLE));
    for (String timer : Deadlines.DOSSIER_TIMERS) {
      s.put(
          timer,
          management.createJobQuery().processInstanceId(instance).activityId(timer).list().stream()
              .map(Job::getDuedate)
              .toList());
    }
    s.put(
        "stepFlags",
        jdbc.sql(
                "select activity_id || ':' || flag from dossier_step where"
                    + " dossier_code = ? and completed_at is not null order by started_at")
            .param(code)
            .query(String.class)
            .list());
    s.put(
        "openFlag",
        jdbc.sql(
                "select flag || ':' || paused_minutes || ':' || started_at from"
                    + " dossier_step where dossier_code = ? and completed_at is null")
            .param(code)
            .query(String.class)
            .list());
    s.put(
        "dossierFlag",
        jdbc.sql("select flag from dossier_deadline where dossier_code = ?")
            .param(code)
            .query(String.class)
            .optional()
            .orElse(null));
    return s;
  }

  private Map<String, Object> awaitCompleted(String id) {
    for (int i = 0; i < 600; i++) {
      Map<String, Object> status = get(ADMIN, "/api/studio/migrations/" + id).getBody();
      if ("COMPLETED".equals(status.get("state"))) {
        return status;
      }
      try {
        Thread.sleep(100); // waits for the background worker, not for a deadline
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("migration " + id + " did not complete");
  }

  private void fireDueJobs(List<String> codes) {
    List<String> instances =
        runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
            .map(p -> p.getId())
            .toList();
    for (Job job : management.createJobQuery().executable().timers().list()) {
      if (instances.contains(job.getProcessInstanceId())) {
        management.executeJob(job.getId());
      }
    }
  }

  private String receive() {
    Map<String, Object> dossier = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    dossier.put("procedure", KEY);
    dossier.put("data", Map.of("householdName", "Hộ kinh doanh An Bình", "capital", 50000000));
    ResponseEntity<Map<String, Object>> created = post(RECEPTION, "/api/dossiers", dossier);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private void accept(String code) {
    Officials.work(
        tasks,
        forms,
        identity,
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
  }

  private void appraise(String code) {
    Officials.work(
        tasks,
        forms,
        identity,
        SPECIALIST,
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Hồ sơ hợp lệ."));
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  private ResponseEntity<Map<String, Object>> get(String user, String url) {
    return http.withBasicAuth(user, PASSWORD).exchange(url, HttpMethod.GET, null, JSON);
  }

  private ResponseEntity<Map<String, Object>> post(String user, String url, Object body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(url, HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private static void set(int day, int hour, int minute) {
    DemoData.setClock(LocalDateTime.of(2026, 11, day, hour, minute));
  }

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 11, day, hour, minute).atZone(VIETNAM).toInstant();
  }
}
