package vn.motcua.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * Step actions from the worklist: claim, transfer to a colleague of the same unit, return the
 * dossier to the step before, give a step back; who may, what is refused, and the history they
 * leave.
 */
@IntegrationTest
class WorklistActionsIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;

  private String code;

  @AfterEach
  void endDossierAndResetClock() {
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
  @SuppressWarnings("unchecked")
  void claimTransferReturnAndUnclaimAreCheckedAndAudited() {
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
    Officials.work(
        tasks,
        forms,
        identity,
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    String appraisal = task("Task_Appraisal").getId();

    assertThat(act("hotich.anbinh", appraisal, "claim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task("Task_Appraisal").getAssignee()).isEqualTo("hotich.anbinh");
    ResponseEntity<Map<String, Object>> taken = act("tuphap.anbinh", appraisal, "claim", Map.of());
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) taken.getBody().get("detail")).contains("hotich.anbinh");
    assertThat(act("tiepnhan.hoaphu", appraisal, "claim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> outsider =
        act(
            "hotich.anbinh",
            appraisal,
            "transfer",
            Map.of("to", "tiepnhan.anbinh", "reason", "Nghỉ phép"));
    assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((String) outsider.getBody().get("detail")).contains("tiepnhan.anbinh");
    assertThat(
            act("hotich.anbinh", appraisal, "transfer", Map.of("to", "tuphap.anbinh"))
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            act(
                    "hotich.anbinh",
                    appraisal,
                    "transfer",
                    Map.of("to", "tuphap.anbinh", "reason", "Nghỉ phép"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task("Task_Appraisal").getAssignee()).isEqualTo("tuphap.anbinh");

    assertThat(
            act(
                    "tuphap.anbinh",
                    appraisal,
                    "return",
                    Map.of("reason", "Giấy chứng sinh chưa được số hóa"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task("Task_Appraisal")).isNull();
    String reception = task("Task_Reception").getId();
    assertThat(act("tiepnhan.anbinh", reception, "claim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(act("tiepnhan.anbinh", reception, "unclaim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task("Task_Reception").getAssignee()).isNull();
    // the re-opened first step has no step before it: it is not returned to itself
    assertThat(act("tiepnhan.anbinh", reception, "return", Map.of("reason", "Thử")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    List<Map<String, Object>> history =
        (List<Map<String, Object>>)
            http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
                .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
                .getBody()
                .get("history");
    assertThat(history)
        .extracting(e -> e.get("kind") + "/" + e.get("actor") + "/" + e.get("reason"))
        .containsSubsequence(
            "CLAIMED/hotich.anbinh/null",
            "TRANSFERRED/hotich.anbinh/Nghỉ phép",
            "RETURNED/tuphap.anbinh/Giấy chứng sinh chưa được số hóa",
            "CLAIMED/tiepnhan.anbinh/null",
            "UNCLAIMED/tiepnhan.anbinh/null");
    assertThat(history)
        .filteredOn(e -> "RETURNED".equals(e.get("kind")))
        .singleElement()
        .satisfies(e -> assertThat((String) e.get("detail")).contains("Task_Reception"));
  }

  @Test
  void unknownStepsAndEmptyReasonsAreProblems() {
    assertThat(act("hotich.anbinh", "no-such-task", "claim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> blank =
        act("hotich.anbinh", "no-such-task", "return", Map.of("reason", " "));
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.getHeaders().getContentType().toString()).contains("problem+json");
  }

  private ResponseEntity<Map<String, Object>> act(
      String official, String taskId, String action, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "vi");
    return http.withBasicAuth(official, PASSWORD)
        .exchange(
            "/api/worklist/tasks/" + taskId + "/" + action,
            HttpMethod.POST,
            new HttpEntity<>(body, headers),
            JSON);
  }

  private Task task(String key) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey(key)
        .singleResult();
  }
}
