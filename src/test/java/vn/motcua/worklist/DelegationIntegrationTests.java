package vn.motcua.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
import vn.motcua.Officials;

/**
 * Delegation (ủy quyền): the chairman of An Bình is away on 1–2 December 2026 and names the head of
 * the commune's office as deputy. The support process "absence" begins and ends it on the engine
 * clock: the approval the chairman holds goes to the deputy, a new approval step can be taken by
 * the deputy through the lent leader group, both are recorded "on behalf of" the chairman, and when
 * the period ends the lent group and the steps still held go back.
 */
@IntegrationTest
class DelegationIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final String CHAIRMAN = "chutich.anbinh";
  private static final String DEPUTY = "vanphong.anbinh";
  private static final String LEADERS = AN_BINH + ":leader";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;

  private final List<Object> absences = new ArrayList<>();
  private final List<String> dossiers = new ArrayList<>();

  @AfterEach
  void cancelAbsencesAndEndDossiers() {
    for (Object id : absences) {
      http.withBasicAuth("admin", PASSWORD)
          .exchange("/api/absences/" + id + "/cancel", HttpMethod.POST, null, JSON);
    }
    for (String code : dossiers) {
      engine
          .getRuntimeService()
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(code)
          .list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
    }
    DemoData.resetClock();
  }

  @Test
  void theDeputyHoldsTheChairmansStepsForThePeriodAndHandsThemBack() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 8, 0));
    String claimedByChairman = dossierAtApproval();
    Task approval = openStep(claimedByChairman);
    tasks.claim(approval.getId(), CHAIRMAN);

    ResponseEntity<Map<String, Object>> declared =
        post(
            CHAIRMAN,
            "/api/absences",
            Map.of(
                "agency", AN_BINH,
                "deputy", DEPUTY,
                "from", "2026-12-01",
                "to", "2026-12-02",
                "reason", "Đi công tác tại tỉnh"));
    assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    absences.add(declared.getBody().get("id"));
    assertThat(declared.getBody())
        .containsEntry("official", CHAIRMAN)
        .containsEntry("deputy", DEPUTY)
        .containsEntry("state", "SCHEDULED")
        .containsEntry("startsAt", "2026-11-30T17:00:00Z")
        .containsEntry("endsAt", "2026-12-02T17:00:00Z");
    assertThat(isLeader(DEPUTY)).isFalse();

    DemoData.setClock(LocalDateTime.of(2026, 12, 1, 7, 30));
    runDueAbsenceJobs();
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
        .isEqualTo(DEPUTY);
    assertThat(tasks.getVariableLocal(approval.getId(), "onBehalfOf")).isEqualTo(CHAIRMAN);
    assertThat(isLeader(DEPUTY)).isTrue();
    assertThat(absence(CHAIRMAN)).containsEntry("state", "ACTIVE");
    assertThat(worklistCodes(DEPUTY, "mine")).contains(claimedByChairman);

    String newDuringAbsence = dossierAtApproval();
    ResponseEntity<Map<String, Object>> claim =
        post(DEPUTY, "/api/worklist/tasks/" + openStep(newDuringAbsence).getId() + "/claim", null);
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.getVariableLocal(openStep(newDuringAbsence).getId(), "onBehalfOf"))
        .isEqualTo(CHAIRMAN);

    Officials.work(
        engine,
        DEPUTY,
        claimedByChairman,
        "Task_Approval",
        Map.of("approvalDecision", "APPROVE", "approvalNote", "Ký thay chủ tịch"));
    Map<String, Object> approved = step(claimedByChairman, "Task_Approval");
    assertThat(approved).containsEntry("completedBy", DEPUTY).containsEntry("onBehalfOf", CHAIRMAN);
    assertThat(historyKinds(claimedByChairman)).contains("DELEGATED");
    assertThat(auditTrail(claimedByChairman))
        .containsSubsequence(
            "DELEGATED by chutich.anbinh for null: chutich.anbinh -> vanphong.anbinh",
            "COMPLETED by vanphong.anbinh for chutich.anbinh: vanphong.anbinh -> vanphong.anbinh");

    DemoData.setClock(LocalDateTime.of(2026, 12, 3, 7, 30));
    runDueAbsenceJobs();
    assertThat(absences(CHAIRMAN)).isEmpty();
    assertThat(
            http.withBasicAuth(CHAIRMAN, PASSWORD)
                .exchange("/api/absences/" + absences.get(0), HttpMethod.GET, null, JSON)
                .getBody())
        .containsEntry("state", "ENDED");
    assertThat(isLeader(DEPUTY)).isFalse();
    Task handedBack = openStep(newDuringAbsence);
    assertThat(handedBack.getAssignee()).isEqualTo(CHAIRMAN);
    assertThat(tasks.getVariableLocal(handedBack.getId(), "onBehalfOf")).isNull();
    assertThat(historyKinds(newDuringAbsence)).contains("HANDED_BACK");
    assertThat(worklistCodes(DEPUTY, "unit")).doesNotContain(newDuringAbsence);
  }

  @Test
  void aMemberOfTheGroupWhoIsAlreadyALeaderKeepsTheRoleWhenTheDelegationEnds() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 8, 0));
    identity.createMembership("tuphap.anbinh", LEADERS);
    try {
      ResponseEntity<Map<String, Object>> declared =
          post(
              "admin",
              "/api/absences",
              Map.of(
                  "official", CHAIRMAN,
                  "agency", AN_BINH,
                  "deputy", "tuphap.anbinh",
                  "from", "2026-11-30",
                  "to", "2026-11-30",
                  "reason", "Nghỉ phép"));
      assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      Object id = declared.getBody().get("id");
      absences.add(id);
      runDueAbsenceJobs();
      assertThat(absence(CHAIRMAN)).containsEntry("state", "ACTIVE");

      ResponseEntity<Map<String, Object>> cancelled =
          post(CHAIRMAN, "/api/absences/" + id + "/cancel", null);
      assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(cancelled.getBody()).containsEntry("state", "CANCELLED");
      assertThat(identity.createUserQuery().userId("tuphap.anbinh").memberOfGroup(LEADERS).count())
          .isEqualTo(1);
    } finally {
      identity.deleteMembership("tuphap.anbinh", LEADERS);
    }
  }

  @Test
  void badAbsencesAreRefusedClearlyAndNothingIsRecorded() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 8, 0));
    Map<String, Object> valid =
        Map.of(
            "agency", AN_BINH,
            "deputy", DEPUTY,
            "from", "2026-12-07",
            "to", "2026-12-08",
            "reason", "Nghỉ phép");

    ResponseEntity<Map<String, Object>> noReason =
        post(CHAIRMAN, "/api/absences", without(valid, "reason"));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");

    ResponseEntity<Map<String, Object>> otherAgencyDeputy =
        post(CHAIRMAN, "/api/absences", with(valid, "deputy", "hotich.hoaphu"));
    assertThat(otherAgencyDeputy.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((String) otherAgencyDeputy.getBody().get("detail"))
        .contains("hotich.hoaphu", "cùng cơ quan");

    ResponseEntity<Map<String, Object>> backwards =
        post(CHAIRMAN, "/api/absences", with(valid, "to", "2026-12-06"));
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

    ResponseEntity<Map<String, Object>> notTheirs =
        post("hotich.anbinh", "/api/absences", with(valid, "official", CHAIRMAN));
    assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> noRoleThere =
        post(CHAIRMAN, "/api/absences", with(with(valid, "agency", HOA_PHU), "deputy", ""));
    assertThat(noRoleThere.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((String) noRoleThere.getBody().get("detail")).contains("không giữ vai trò");

    assertThat(absences(CHAIRMAN)).isEmpty();

    ResponseEntity<Map<String, Object>> first = post(CHAIRMAN, "/api/absences", valid);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    absences.add(first.getBody().get("id"));
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<Map<String, Object>> overlap =
        http.withBasicAuth(CHAIRMAN, PASSWORD)
            .exchange(
                "/api/absences",
                HttpMethod.POST,
                new HttpEntity<>(with(valid, "from", "2026-12-08"), english),
                JSON);
    assertThat(overlap.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) overlap.getBody().get("detail")).contains("already has an absence");
    assertThat(absences(CHAIRMAN)).hasSize(1);
  }

  /** A new birth registration at An Bình, received and appraised: waiting for the leader. */
  private String dossierAtApproval() {
    Map<String, Object> created =
        post("tiepnhan.anbinh", "/api/dossiers", DemoData.birthRegistration(AN_BINH)).getBody();
    String code = (String) created.get("code");
    dossiers.add(code);
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    Officials.work(
        engine,
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đủ điều kiện"));
    return code;
  }

  private Task openStep(String code) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey("Task_Approval")
        .singleResult();
  }

  private void runDueAbsenceJobs() {
    List<Job> due = management.createJobQuery().processDefinitionKey("absence").executable().list();
    for (Job job : due) {
      management.executeJob(job.getId());
    }
  }

  private boolean isLeader(String user) {
    return identity.createUserQuery().userId(user).memberOfGroup(LEADERS).count() > 0;
  }

  private Map<String, Object> absence(String official) {
    List<Map<String, Object>> mine = absences(official);
    assertThat(mine).hasSize(1);
    return mine.get(0);
  }

  private List<Map<String, Object>> absences(String official) {
    List<Map<String, Object>> all =
        http.withBasicAuth("admin", PASSWORD)
            .exchange("/api/absences", HttpMethod.GET, null, LIST)
            .getBody();
    return all.stream()
        .filter(a -> official.equals(a.get("official")))
        .filter(a -> absences.contains(a.get("id")))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> step(String code, String activityId) {
    List<Map<String, Object>> steps =
        (List<Map<String, Object>>)
            http.withBasicAuth(CHAIRMAN, PASSWORD)
                .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
                .getBody()
                .get("steps");
    return steps.stream().filter(s -> activityId.equals(s.get("activityId"))).findFirst().get();
  }

  @SuppressWarnings("unchecked")
  private List<Object> historyKinds(String code) {
    List<Map<String, Object>> history =
        (List<Map<String, Object>>)
            http.withBasicAuth(CHAIRMAN, PASSWORD)
                .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
                .getBody()
                .get("history");
    return history.stream().map(h -> h.get("kind")).toList();
  }

  /** The dossier's audit entries: action, actor, on whose behalf, holder before and after. */
  private List<String> auditTrail(String code) {
    return http
        .withBasicAuth(CHAIRMAN, PASSWORD)
        .exchange("/api/audit?dossier=" + code, HttpMethod.GET, null, LIST)
        .getBody()
        .stream()
        .map(
            e ->
                e.get("action")
                    + " by "
                    + e.get("actor")
                    + " for "
                    + e.get("onBehalfOf")
                    + ": "
                    + e.get("beforeState")
                    + " -> "
                    + e.get("afterState"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object> worklistCodes(String user, String scope) {
    Map<String, Object> page =
        http.withBasicAuth(user, PASSWORD)
            .exchange("/api/worklist?scope=" + scope + "&size=200", HttpMethod.GET, null, JSON)
            .getBody();
    return ((List<Map<String, Object>>) page.get("rows"))
        .stream().map(r -> r.get("dossierCode")).toList();
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
    Map<String, Object> copy = new java.util.HashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  private static Map<String, Object> without(Map<String, Object> map, String key) {
    Map<String, Object> copy = new java.util.HashMap<>(map);
    copy.remove(key);
    return copy;
  }
}
