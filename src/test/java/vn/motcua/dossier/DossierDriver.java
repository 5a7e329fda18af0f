package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.Officials;

/**
 * Drives dossiers through their procedures in integration tests, as the officials would: receives
 * through {@code POST /api/dossiers}, works each step through the engine with the form variables
 * (claim and submit as Tasklist does), and reads the dossier view.
 */
final class DossierDriver {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  private final TestRestTemplate http;
  private final TaskService tasks;
  private final FormService forms;
  private final IdentityService identity;

  DossierDriver(
      TestRestTemplate http, TaskService tasks, FormService forms, IdentityService identity) {
    this.http = http;
    this.tasks = tasks;
    this.forms = forms;
    this.identity = identity;
  }

  /** A counter dossier of {@code procedure} for {@code agency}, with procedure data. */
  static Map<String, Object> counterDossier(
      String procedure, String agency, Map<String, Object> data) {
    return vn.motcua.DemoData.counterDossier(procedure, agency, data);
  }

  ResponseEntity<Map<String, Object>> receive(String officer, Map<String, Object> body) {
    return http.withBasicAuth(officer, PASSWORD)
        .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  /** Receives {@code body} and returns the new dossier's code. */
  String receiveCode(String officer, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created = receive(officer, body);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  /** {@code GET /api/dossiers/{code}} as {@code official}. */
  /** The status of {@code GET /api/dossiers/{code}} as {@code official}: may they read it? */
  HttpStatus readStatus(String official, String code) {
    return HttpStatus.valueOf(
        http.withBasicAuth(official, PASSWORD)
            .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
            .getStatusCode()
            .value());
  }

  Map<String, Object> dossier(String official, String code) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(official, PASSWORD)
            .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /**
   * {@code POST /api/dossiers/{code}/{action}} as {@code official}, e.g. {@code
   * supplementation-request} or {@code supplement}; asserts 200 and returns the dossier view.
   */
  Map<String, Object> act(String official, String code, String action, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(official, PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body),
                JSON);
    assertThat(response.getStatusCode())
        .as("%s %s: %s", action, code, response.getBody())
        .isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /**
   * {@code supplementation-request} for {@code items}; asserts the dossier now waits for the
   * applicant with its legal clock paused.
   */
  void requestSupplementation(String official, String code, String reason, String... items) {
    act(
        official,
        code,
        "supplementation-request",
        Map.of("reason", reason, "items", List.of(items)));
    assertThat(dossier(official, code))
        .containsEntry("status", "AWAITING_SUPPLEMENT")
        .containsEntry("paused", true);
  }

  /** The applicant's supplement, handed in at the desk with {@code note}. */
  void supplement(String official, String code, String note) {
    act(official, code, "supplement", Map.of("note", note));
  }

  /**
   * Asserts the dossier is back in progress with its clock running, due at {@code dueAt}, after one
   * pause from {@code pausedAt} to {@code resumedAt} of {@code shiftWorkingMinutes}.
   */
  @SuppressWarnings("unchecked")
  void assertResumed(
      String official,
      String code,
      String dueAt,
      String pausedAt,
      String resumedAt,
      int shiftWorkingMinutes) {
    Map<String, Object> resumed = dossier(official, code);
    assertThat(resumed)
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("paused", false)
        .containsEntry("dueAt", dueAt);
    assertThat((List<Map<String, Object>>) resumed.get("pauses"))
        .singleElement()
        .satisfies(
            pause ->
                assertThat(pause)
                    .containsEntry("pausedAt", pausedAt)
                    .containsEntry("resumedAt", resumedAt)
                    .containsEntry("shiftWorkingMinutes", shiftWorkingMinutes));
  }

  /** Asserts the one open step of the dossier: its task key, candidate group and due date. */
  @SuppressWarnings("unchecked")
  void assertOpenStep(String official, String code, String key, String group, String dueAt) {
    List<Map<String, Object>> steps =
        (List<Map<String, Object>>) dossier(official, code).get("openSteps");
    assertThat(steps)
        .singleElement()
        .satisfies(
            step ->
                assertThat(step)
                    .containsEntry("key", key)
                    .containsEntry("candidateGroup", group)
                    .containsEntry("dueAt", dueAt));
  }

  /**
   * Claims and completes the open step as {@code user}, with the user's groups, as Tasklist would.
   */
  void work(String user, String code, String taskKey, Map<String, Object> formVariables) {
    Officials.work(tasks, forms, identity, user, code, taskKey, formVariables);
  }

  /** Moves the engine clock {@code minutes} later. */
  static void later(int minutes) {
    DemoData.setClock(
        LocalDateTime.ofInstant(
            ClockUtil.getCurrentTime().toInstant().plusSeconds(minutes * 60L), VIETNAM));
  }

  /** A local time in Vietnam as the API writes it (UTC instant). */
  static String at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant().toString();
  }
}
