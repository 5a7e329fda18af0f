package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Who sees and touches one An Bình dossier, role by role and agency by agency, through our API
 * (read, search, worklist, a step action) and Camunda's REST API (the task list): its own agency in
 * any role reads it, only the step's unit lists and acts on the step, the province's supervisor
 * reads the whole subtree (in Tasklist too, without acting), other communes and departments see
 * nothing, the administrator everything.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;

  private String code;
  private String taskId;

  @BeforeAll
  @SuppressWarnings("unchecked")
  void anBinhReceivesADossier() {
    Map<String, Object> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON)
            .getBody();
    code = (String) created.get("code");
    taskId =
        (String)
            ((List<Map<String, Object>>)
                    http.withBasicAuth("admin", PASSWORD)
                        .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
                        .getBody()
                        .get("openSteps"))
                .get(0)
                .get("taskId");
  }

  @AfterAll
  void endTheDossier() {
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
  }

  @ParameterizedTest(name = "{0}: read {1}, search {2}, worklist {3}, action {4}, engine tasks {5}")
  @CsvSource({
    "tiepnhan.anbinh,   200, true,  true,  204, 1",
    "hotich.anbinh,     200, true,  false, 403, 0",
    "vanphong.anbinh,   200, true,  false, 403, 0",
    "chutich.anbinh,    200, true,  false, 403, 0",
    "thanhtra.tinh,     200, true,  false, 403, 1",
    "tiepnhan.hoaphu,   403, false, false, 403, 0",
    "chutich.hoaphu,    403, false, false, 403, 0",
    "tiepnhan.tanlap,   403, false, false, 403, 0",
    "chuyenvien.thue,   403, false, false, 403, 0",
    "lanhdao.datdai,    403, false, false, 403, 0",
    "admin,             200, true,  false, 204, 1"
  })
  void accessToOneAnBinhDossier(
      String user, int read, boolean inSearch, boolean inWorklist, int action, int engineTasks) {
    assertThat(
            http.withBasicAuth(user, PASSWORD)
                .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
                .getStatusCode()
                .value())
        .as("read")
        .isEqualTo(read);
    assertThat(
            http.withBasicAuth(user, PASSWORD)
                .exchange("/api/dossiers?size=500&agency=" + AN_BINH, HttpMethod.GET, null, LIST)
                .getBody())
        .as("search")
        .extracting(row -> row.get("code"))
        .matches(codes -> codes.contains(code) == inSearch);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> worklist =
        (List<Map<String, Object>>)
            http.withBasicAuth(user, PASSWORD)
                .exchange("/api/worklist?q=" + code, HttpMethod.GET, null, JSON)
                .getBody()
                .get("rows");
    assertThat(worklist).as("worklist").hasSize(inWorklist ? 1 : 0);
    // giving back an unclaimed step changes nothing, and tells whether one may act on it
    assertThat(
            http.withBasicAuth(user, PASSWORD)
                .exchange("/api/worklist/tasks/" + taskId + "/unclaim", HttpMethod.POST, null, JSON)
                .getStatusCode()
                .value())
        .as("step action")
        .isEqualTo(action);
    var tasks =
        http.withBasicAuth(user, PASSWORD)
            .exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + code, HttpMethod.GET, null, LIST);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).as("engine REST tasks").hasSize(engineTasks);
  }
}
