package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.PageSession;

/**
 * Issue 18, findings 1 and 4: an official who is not an administrator reaches only what Tasklist
 * needs. Another agency's ladder timer can be neither listed, fired, re-dated nor disabled (refused
 * as a problem, and nothing changes); statistics, metrics and job definitions are for
 * administrators; the timers carry their process definition key, so Camunda's own job
 * authorizations apply behind the HTTP guard too.
 */
@IntegrationTest
class EngineApiLeastPrivilegeIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private String code;
  private Job timer;

  @BeforeEach
  void hoaPhuReceivesADossier() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(HOA_PHU)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    code = (String) created.getBody().get("code");
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    timer =
        management.createJobQuery().processInstanceId(instance).list().stream()
            .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().contains("ladder-"))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void anotherAgencysLadderTimerCannotBeListedFiredRedatedOrDisabled() {
    assertRefused(call("tiepnhan.anbinh", HttpMethod.GET, "/engine-rest/job", null));
    assertRefused(
        call(
            "tiepnhan.anbinh",
            HttpMethod.GET,
            "/engine-rest/job?processInstanceId=" + timer.getProcessInstanceId(),
            null));
    assertRefused(
        call(
            "tiepnhan.anbinh",
            HttpMethod.POST,
            "/engine-rest/job/" + timer.getId() + "/execute",
            null));
    assertRefused(
        call(
            "tiepnhan.anbinh",
            HttpMethod.PUT,
            "/engine-rest/job/" + timer.getId() + "/duedate",
            Map.of("duedate", "2030-01-01T00:00:00.000+0000")));
    assertRefused(
        call(
            "tiepnhan.anbinh",
            HttpMethod.PUT,
            "/engine-rest/job/" + timer.getId() + "/retries",
            Map.of("retries", 0)));
    assertRefused(
        call(
            "tiepnhan.anbinh",
            HttpMethod.PUT,
            "/engine-rest/engine/default/job/" + timer.getId() + "/duedate",
            Map.of("duedate", "2030-01-01T00:00:00.000+0000")));

    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after).as("the timer was not fired").isNotNull();
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(
            jdbc.sql("select count(*) from deadline_event where dossier_code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .as("no rung reached")
        .isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult())
        .satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Reception"));
  }

  @Test
  void ladderTimersCarryTheirProcessSoCamundaChecksThemToo() {
    assertThat(timer.getProcessDefinitionKey()).isEqualTo("birth-registration");
    assertThat(timer.getProcessDefinitionId()).isNotNull();
    assertThat(timer.getDeploymentId()).isNotNull();
    identity.setAuthentication("tiepnhan.anbinh", List.of(DemoData.AN_BINH + ":reception"));
    try {
      assertThat(management.createJobQuery().jobId(timer.getId()).count()).isZero();
      assertThatThrownBy(() -> management.setJobDuedate(timer.getId(), new Date(0)))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> management.setJobRetries(timer.getId(), 0))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
  }

  @Test
  void statisticsMetricsAndJobDefinitionsAreForAdministrators() {
    for (String path :
        List.of(
            "/engine-rest/metrics/activity-instance-start/sum",
            "/engine-rest/job-definition",
            "/engine-rest/process-definition/statistics",
            "/engine-rest/incident",
            "/engine-rest/process-instance/" + timer.getProcessInstanceId() + "/variables",
            "/engine-rest/user",
            "/engine-rest/authorization")) {
      assertRefused(call("tiepnhan.anbinh", HttpMethod.GET, path, null));
    }
    PageSession tasklistUser = PageSession.login(port, "tiepnhan.anbinh", PASSWORD);
    for (String path :
        List.of(
            "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
            "/camunda/api/engine/engine/default/job",
            "/camunda/api/engine/engine/default/metrics/activity-instance-start/sum",
            "/camunda/api/admin/plugin/adminPlugins/default/users",
            "/camunda/app/cockpit/default/")) {
      HttpResponse<String> response = tasklistUser.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(403);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.body()).contains("quản trị viên");
    }
  }

  @Test
  void refusalsAreExplainedInTheCallersLanguage() {
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/engine-rest/job", HttpMethod.GET, new HttpEntity<>(english), JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody())
        .containsEntry("title", "Administrators only")
        .hasEntrySatisfying(
            "detail", detail -> assertThat((String) detail).contains("GET /engine-rest/job"));
  }

  @Test
  void tasklistsReadsStillWorkForOfficials() {
    for (String path :
        List.of(
            "/engine-rest/filter?resourceType=Task",
            "/engine-rest/task?processInstanceBusinessKey=" + code,
            "/engine-rest/process-definition?key=birth-registration",
            "/engine-rest/user/tiepnhan.hoaphu/profile")) {
      assertThat(call("tiepnhan.hoaphu", HttpMethod.GET, path, null).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.OK);
    }
    assertRefused(call("tiepnhan.hoaphu", HttpMethod.GET, "/engine-rest/user/admin/profile", null));
    assertRefused(
        call(
            "tiepnhan.hoaphu",
            HttpMethod.PUT,
            "/engine-rest/user/tiepnhan.hoaphu/profile",
            Map.of("id", "tiepnhan.hoaphu", "email", "x@example.com")));
    assertThat(identity.createUserQuery().userId("tiepnhan.hoaphu").singleResult().getEmail())
        .isNotEqualTo("x@example.com");
  }

  @Test
  void administratorsStillReachJobsAndDeployments() {
    ResponseEntity<List<Map<String, Object>>> jobs =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/engine-rest/job?processInstanceId=" + timer.getProcessInstanceId(),
                HttpMethod.GET,
                null,
                LIST);
    assertThat(jobs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jobs.getBody()).extracting(job -> job.get("id")).contains(timer.getId());
    assertThat(call("admin", HttpMethod.GET, "/engine-rest/deployment", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(call("admin", HttpMethod.GET, "/engine-rest/job-definition", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertRefused(call("tiepnhan.anbinh", HttpMethod.GET, "/engine-rest/deployment", null));
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  static void assertRefused(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType())
        .satisfies(
            type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
    assertThat(response.getBody()).contains("quản trị viên");
  }
}
