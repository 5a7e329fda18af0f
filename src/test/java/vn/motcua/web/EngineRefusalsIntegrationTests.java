package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;
import vn.motcua.PageSession;

/**
 * A problem of the product raised by a listener while a step completes (here the apology letter
 * naming a new appointment date before the old one) answers as the problem it is, with its status
 * and Vietnamese detail, through the engine REST API and through the webapps' engine API that
 * Tasklist uses (Camunda's {@code type} and {@code message} kept, {@code message} the detail);
 * never a 500 with Java text, never an error logged with a stack trace. The step stays open.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EngineRefusalsIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String TOO_EARLY = "phải sau ngày hẹn hiện tại";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  private String code;

  @AfterEach
  void endTheDossier() {
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
  void anApologyDateBeforeTheOldOneIsAProblemNotAServerError(CapturedOutput output) {
    String apology = apologyTaskOfALateDossier();
    Map<String, Object> early =
        Map.of(
            "variables",
            Map.of(
                "apologyReason", Map.of("value", "Chờ xác minh thông tin"),
                "newDueDate", Map.of("value", "2026-11-20")));

    ResponseEntity<Map<String, Object>> rest =
        http.withBasicAuth("vanphong.anbinh", PASSWORD)
            .exchange(
                "/engine-rest/task/" + apology + "/submit-form",
                HttpMethod.POST,
                new HttpEntity<>(early),
                JSON);
    assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(rest.getBody())
        .containsEntry("status", 400)
        .containsEntry("title", "Ngày hẹn mới không hợp lệ")
        .hasEntrySatisfying("detail", detail -> assertThat((String) detail).contains(TOO_EARLY))
        .hasEntrySatisfying("message", message -> assertThat((String) message).contains(TOO_EARLY));
    assertThat((String) rest.getBody().get("detail")).doesNotContain("Exception", "null");

    PageSession tasklist = PageSession.login(port, "vanphong.anbinh", PASSWORD);
    tasklist.get("/camunda/api/engine/engine/default/task/" + apology);
    String xsrf = tasklist.cookie("XSRF-TOKEN").orElseThrow();
    HttpResponse<String> webapp =
        tasklist.request(
            "POST",
            "/camunda/api/engine/engine/default/task/" + apology + "/submit-form",
            "{\"variables\":{\"apologyReason\":{\"value\":\"Chờ xác minh\"},"
                + "\"newDueDate\":{\"value\":\"2026-11-20\"}}}",
            "Content-Type",
            "application/json",
            "X-XSRF-TOKEN",
            xsrf);
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(400);
    assertThat(webapp.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(webapp.body())
        .contains(
            "\"type\":", "\"message\":\"Ngày hẹn trả mới (17:00 20/11/2026) của hồ sơ", TOO_EARLY)
        .doesNotContain("detail='null'", "DossierProblems");

    assertThat(tasks.createTaskQuery().taskId(apology).count()).isOne();
    assertThat(output.getAll())
        .doesNotContain("NewDueDateTooEarlyException", "ENGINE-REST-HTTP500");

    ResponseEntity<String> later =
        http.withBasicAuth("vanphong.anbinh", PASSWORD)
            .exchange(
                "/engine-rest/task/" + apology + "/submit-form",
                HttpMethod.POST,
                new HttpEntity<>(
                    Map.of(
                        "variables",
                        Map.of(
                            "apologyReason", Map.of("value", "Chờ xác minh thông tin"),
                            "newDueDate", Map.of("value", "2026-11-30")))),
                String.class);
    assertThat(later.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(apology).count()).isZero();
  }

  /** Received Monday 08:00, accepted 08:30; at 16:30 the same-day dossier owes its apology. */
  private String apologyTaskOfALateDossier() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    code = (String) created.getBody().get("code");
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 30));
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 16, 30));
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
    Task apology =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .taskDefinitionKey("Task_IssueApology")
            .singleResult();
    assertThat(apology).isNotNull();
    tasks.claim(apology.getId(), "vanphong.anbinh");
    return apology.getId();
  }
}
