package vn.motcua.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * The province's inspector sees the steps of every agency below the province through the engine's
 * own task queries (what Tasklist runs), may not claim them, and the read grant goes with the task.
 */
@IntegrationTest
class SupervisorTasklistIntegrationTests {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;

  private String code;

  @AfterEach
  void endTheDossier() {
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
    DemoData.resetClock();
  }

  @Test
  void theProvincialInspectorReadsACommunesStepInTheEngineButCannotClaimIt() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    code =
        (String)
            http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
                .exchange(
                    "/api/dossiers",
                    HttpMethod.POST,
                    new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                    JSON)
                .getBody()
                .get("code");

    List<Map<String, Object>> inspectorSees = engineTasks("thanhtra.tinh");
    assertThat(inspectorSees).hasSize(1);
    String taskId = (String) inspectorSees.get(0).get("id");
    assertThat(engineTasks("hotich.hoaphu")).isEmpty();
    assertThat(engineTasks("tiepnhan.anbinh")).hasSize(1);

    var claim =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange(
                "/engine-rest/task/" + taskId + "/claim",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("userId", "thanhtra.tinh")),
                JSON);
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(
            authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(taskId)
                .groupIdIn("000.00.00.H99:supervisor")
                .count())
        .isEqualTo(1);
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    assertThat(
            authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(taskId)
                .count())
        .isZero();
    assertThat(engineTasks("thanhtra.tinh"))
        .singleElement()
        .satisfies(task -> assertThat(task.get("taskDefinitionKey")).isEqualTo("Task_Appraisal"));
  }

  private List<Map<String, Object>> engineTasks(String user) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(
            "/engine-rest/task?processInstanceBusinessKey=" + code, HttpMethod.GET, null, LIST)
        .getBody();
  }
}
