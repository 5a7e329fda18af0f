package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;
import vn.motcua.PageSession;

/**
 * The access matrix of our pages, signed in as a browser is (pages take the form login, not HTTP
 * Basic): one An Bình dossier waiting at the civil-status appraisal is a row of {@code /worklist}
 * only for that unit's specialists, who may claim and give it back from the page; anyone else,
 * whatever their role or agency, who posts the page's claim, transfer or return forms is refused
 * with the reason and the step stays as it was.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessMatrixIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;

  private String code;
  private String taskId;

  @BeforeAll
  void anBinhDossierWaitsForAppraisal() {
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
    taskId = appraisal().getId();
  }

  @AfterAll
  void endTheDossier() {
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
  }

  @ParameterizedTest(name = "{0}: row on /worklist {1}, page actions {2}")
  @CsvSource({
    "hotich.anbinh,   true,  true",
    "tuphap.anbinh,   true,  true",
    "tiepnhan.anbinh, false, false",
    "vanphong.anbinh, false, false",
    "chutich.anbinh,  false, false",
    "thanhtra.tinh,   false, false",
    "hotich.hoaphu,   false, false",
    "tiepnhan.hoaphu, false, false",
    "hotich.tanlap,   false, false",
    "chuyenvien.thue, false, false",
    "admin,           false, true"
  })
  void worklistPageAndItsActions(String user, boolean listed, boolean mayAct) {
    PageSession session = PageSession.login(port, user, PASSWORD);
    String page = session.page("/worklist?q=" + code);
    assertThat(page.contains("data-code=\"" + code + "\""))
        .as("row on /worklist")
        .isEqualTo(listed);
    assertThat(page.contains("/worklist/tasks/" + taskId + "/transfer"))
        .as("transfer offered")
        .isEqualTo(listed);
    String actions = "/worklist/tasks/" + taskId;
    String back = "q=" + code;
    if (mayAct) {
      assertThat(session.postAndFollow(actions + "/claim", Map.of("back", back)))
          .contains("id=\"notice\"");
      assertThat(appraisal().getAssignee()).isEqualTo(user);
      assertThat(session.postAndFollow(actions + "/unclaim", Map.of("back", back)))
          .contains("id=\"notice\"");
    } else {
      List<Map<String, String>> attempts =
          List.of(
              Map.of("back", back),
              Map.of("back", back, "to", "tuphap.anbinh", "reason", "Chuyển giúp"),
              Map.of("back", back, "reason", "Trả về giúp"));
      List<String> paths = List.of("/claim", "/transfer", "/return");
      for (int i = 0; i < paths.size(); i++) {
        assertThat(session.postAndFollow(actions + paths.get(i), attempts.get(i)))
            .as("%s as %s", paths.get(i), user)
            .contains("id=\"refused\"", "Bạn không có quyền thực hiện thao tác này");
      }
    }
    Task step = appraisal();
    assertThat(step).as("the appraisal step is still open").isNotNull();
    assertThat(step.getId()).isEqualTo(taskId);
    assertThat(step.getAssignee()).isNull();
  }

  private Task appraisal() {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey("Task_Appraisal")
        .singleResult();
  }
}
