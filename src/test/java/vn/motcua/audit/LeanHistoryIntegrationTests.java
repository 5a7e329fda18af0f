package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Camunda's history at level full without the rows nothing reads: no variable details and no
 * identity link history, while the variables' latest values, the tasks, the activities and the user
 * operation log are kept.
 */
@IntegrationTest
class LeanHistoryIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;

  @Test
  void aDossierLeavesNoVariableDetailsAndNoIdentityLinkHistory() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    ProcessInstance dossier =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    Task reception = tasks.createTaskQuery().processInstanceId(dossier.getId()).singleResult();
    tasks.claim(reception.getId(), "tiepnhan.anbinh");
    runtime.setVariable(dossier.getId(), "leanHistoryProbe", "first");
    runtime.setVariable(dossier.getId(), "leanHistoryProbe", "second");
    try {
      assertThat(history.createHistoricDetailQuery().processInstanceId(dossier.getId()).count())
          .isZero();
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from ACT_HI_IDENTITYLINK where TASK_ID_ = ?",
                  Long.class,
                  reception.getId()))
          .isZero();

      HistoricVariableInstance probe =
          history
              .createHistoricVariableInstanceQuery()
              .processInstanceId(dossier.getId())
              .variableName("leanHistoryProbe")
              .singleResult();
      assertThat(probe.getValue()).isEqualTo("second");
      assertThat(
              history
                  .createHistoricVariableInstanceQuery()
                  .processInstanceId(dossier.getId())
                  .count())
          .isGreaterThan(5);
      assertThat(
              history
                  .createHistoricTaskInstanceQuery()
                  .processInstanceId(dossier.getId())
                  .singleResult()
                  .getAssignee())
          .isEqualTo("tiepnhan.anbinh");
      assertThat(
              history
                  .createHistoricActivityInstanceQuery()
                  .processInstanceId(dossier.getId())
                  .activityId("Task_Reception")
                  .count())
          .isOne();
    } finally {
      // deleted by a signed-in user through the engine's API: an operation the log keeps
      identity.setAuthentication("admin", java.util.List.of(Groups.CAMUNDA_ADMIN));
      try {
        runtime.deleteProcessInstance(dossier.getId(), "test finished");
      } finally {
        identity.clearAuthentication();
      }
    }
    assertThat(
            history
                .createUserOperationLogQuery()
                .processInstanceId(dossier.getId())
                .operationType("Delete")
                .count())
        .isPositive();
  }
}
