package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ClockTestProcedure;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * The role × action matrix of the README, cell by cell, on An Bình dossiers: each role's official
 * tries each action on a dossier in a status where the action is possible; an allowed cell answers
 * the action's success, a refused one a 403 problem naming the action, and the dossier (status,
 * clock stops, due dates, history, open steps) is exactly as before. The table below is written out
 * here on purpose, not read from the code it tests.
 */
@IntegrationTest
class ActionMatrixIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  /** role, official, then receive … return: Y allowed, - refused (README's table). */
  private static final String MATRIX =
      """
      role        official         receive pause resume supplementation-request supplement extension withdrawal refusal return
      reception   tiepnhan.anbinh  Y       -     -      Y                       Y          -         Y          Y       Y
      specialist  hotich.anbinh    -       Y     Y      Y                       -          -         -          -       -
      unit-head   vanphong.anbinh  -       Y     Y      Y                       -          Y         -          -       -
      leader      chutich.anbinh   -       Y     Y      -                       -          Y         -          -       -
      supervisor  thanhtra.tinh    -       -     -      -                       -          -         -          -       -
      admin       admin            -       -     Y      -                       -          -         -          -       -
      """;

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;
  @Autowired RepositoryService repository;

  private final List<String> codes = new ArrayList<>();

  @BeforeEach
  void mondayMorning() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  }

  @AfterEach
  void endDossiers() {
    for (String code : codes) {
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
    }
    ClockTestProcedure.undeploy(repository);
    DemoData.resetClock();
  }

  static Stream<Arguments> cells() {
    List<String> lines = MATRIX.strip().lines().toList();
    List<String> actions = Arrays.asList(lines.get(0).trim().split("\\s+")).subList(2, 11);
    List<Arguments> cells = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cell = line.trim().split("\\s+");
      for (int i = 0; i < actions.size(); i++) {
        cells.add(Arguments.of(cell[0], cell[1], actions.get(i), cell[i + 2].equals("Y")));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} {2}: {3}")
  @MethodSource("cells")
  void eachRoleMayDoExactlyWhatTheMatrixSays(
      String role, String official, String action, boolean allowed) {
    switch (action) {
      case "receive" -> receiveCell(official, allowed);
      case "refusal" -> refusalCell(official, allowed);
      default -> actionCell(official, action, allowed);
    }
  }

  private void receiveCell(String official, boolean allowed) {
    long before = dossierCount();
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(official, PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH), english()),
                JSON);
    if (allowed) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      codes.add((String) response.getBody().get("code"));
      assertThat(dossierCount()).isEqualTo(before + 1);
    } else {
      assertRefused(response, "RECEIVE");
      assertThat(dossierCount()).isEqualTo(before);
    }
  }

  @Test
  void anAdministratorRefusingThroughTheEngineApiIsForbiddenNotAFailure() {
    String code = birth();
    Map<String, Object> before = view(code);
    String task = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
    ResponseEntity<String> response =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/engine-rest/task/{id}/submit-form",
                HttpMethod.POST,
                new HttpEntity<>(
                    Map.of(
                        "variables",
                        Map.of(
                            "receptionDecision", Map.of("value", "REFUSE"),
                            "receptionNote", Map.of("value", "Không thuộc thẩm quyền")))),
                String.class,
                task);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("AuthorizationException").contains("REFUSAL");
    assertThat(view(code)).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  /** Refusal is the reception step's decision, taken in Tasklist: through the engine as there. */
  private void refusalCell(String official, boolean allowed) {
    String code = birth();
    Map<String, Object> before = view(code);
    String task = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
    List<String> groups =
        identity.createGroupQuery().groupMember(official).list().stream()
            .map(Group::getId)
            .toList();
    identity.setAuthentication(official, groups);
    try {
      Map<String, Object> decision =
          Map.of("receptionDecision", "REFUSE", "receptionNote", "Không thuộc thẩm quyền");
      if (allowed) {
        forms.submitTaskForm(task, decision);
      } else {
        // Camunda's own check (not a candidate) or ours (the administrator, raised in the step's
        // listener and unwrapped from the expression's exception, so the engine API answers 403)
        assertThatThrownBy(() -> forms.submitTaskForm(task, decision))
            .isInstanceOf(AuthorizationException.class);
      }
    } finally {
      identity.clearAuthentication();
    }
    if (allowed) {
      assertThat(view(code)).containsEntry("status", "REFUSED");
    } else {
      assertThat(view(code)).isEqualTo(before);
    }
  }

  private void actionCell(String official, String action, boolean allowed) {
    String code =
        switch (action) {
          case "pause" -> clockTest();
          case "resume" -> pausedClockTest();
          case "supplementation-request" -> accepted(birth());
          case "supplement" -> awaitingSupplement(birth());
          case "return" -> resultReady(birth());
          default -> birth(); // extension, withdrawal: any open status
        };
    Map<String, Object> before = view(code);
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(official, PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body(action), english()),
                JSON);
    if (allowed) {
      assertThat(response.getStatusCode())
          .as("%s %s: %s", official, action, response.getBody())
          .isEqualTo(HttpStatus.OK);
      assertThat(view(code)).isNotEqualTo(before);
    } else {
      assertRefused(response, action.toUpperCase().replace('-', '_'));
      assertThat(view(code)).isEqualTo(before);
    }
  }

  private static Map<String, Object> body(String action) {
    return switch (action) {
      case "pause" ->
          Map.of("reasonCode", ClockTestProcedure.CODE, "note", "Xác minh thông tin khai sinh");
      case "supplementation-request" ->
          Map.of("reason", "Thiếu giấy tờ", "items", List.of("Giấy chứng sinh bản chính"));
      case "supplement" -> Map.of("note", "Đã nộp");
      case "extension" -> Map.of("reason", "Chờ xác minh", "newDueAt", "2026-11-25T10:00:00Z");
      case "withdrawal" -> Map.of("reason", "Công dân xin rút hồ sơ");
      case "return" -> Map.of("method", "COUNTER");
      default -> Map.of();
    };
  }

  @SuppressWarnings("unchecked")
  private static void assertRefused(ResponseEntity<Map<String, Object>> response, String action) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(response.getBody()).containsEntry("action", action);
    assertThat((List<String>) response.getBody().get("allowedRoles")).isNotEmpty();
    assertThat((String) response.getBody().get("detail")).contains(action, "only");
  }

  private String birth() {
    return receive(DemoData.birthRegistration(AN_BINH));
  }

  /**
   * A dossier of the test procedure whose officials may stop the clock by hand (marriage
   * registration's verification stop is the process's own).
   */
  private String clockTest() {
    ClockTestProcedure.deploy(repository);
    return receive(ClockTestProcedure.dossier(AN_BINH));
  }

  private String pausedClockTest() {
    String code = clockTest();
    ResponseEntity<Map<String, Object>> paused =
        http.withBasicAuth("hotich.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/pause",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("reasonCode", ClockTestProcedure.CODE)),
                JSON);
    assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.OK);
    return code;
  }

  private String accepted(String code) {
    Officials.work(
        tasks,
        forms,
        identity,
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT"));
    return code;
  }

  private String awaitingSupplement(String code) {
    ResponseEntity<Map<String, Object>> requested =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/supplementation-request",
                HttpMethod.POST,
                new HttpEntity<>(body("supplementation-request")),
                JSON);
    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.OK);
    return code;
  }

  private String resultReady(String code) {
    accepted(code);
    Officials.work(
        tasks,
        forms,
        identity,
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đủ điều kiện"));
    Officials.work(
        tasks,
        forms,
        identity,
        "chutich.anbinh",
        code,
        "Task_Approval",
        Map.of("approvalDecision", "APPROVE"));
    assertThat(view(code)).containsEntry("status", "RESULT_READY");
    return code;
  }

  private String receive(Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    codes.add(code);
    return code;
  }

  /** The whole dossier as the administrator reads it: status, stops, dates, history, steps. */
  private Map<String, Object> view(String code) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("admin", PASSWORD)
            .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private long dossierCount() {
    return jdbc.sql("select count(*) from dossier where receiving_agency = ?")
        .param(AN_BINH)
        .query(Long.class)
        .single();
  }

  private static HttpHeaders english() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    return headers;
  }
}
