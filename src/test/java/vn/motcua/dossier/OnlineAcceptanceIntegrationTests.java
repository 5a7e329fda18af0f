package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.PageSession;

/**
 * An online submission waits for its desk at most 8 working hours (Decree 118/2025 Art. 17(2)(c))
 * on the support process {@code online-acceptance}: its rungs fire in working time, once each, not
 * at all once accepted, and the legal clock starts at acceptance.
 */
@IntegrationTest
class OnlineAcceptanceIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final String DESK = "tiepnhan.anbinh";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  void unacceptedOnlineDossierClimbsTheLadderInWorkingHoursOnceEach() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 16, 0)); // a Friday, one office hour left
    String code = submit(DemoData.birthRegistration(AN_BINH));
    String instance = acceptanceInstance(code);
    Map<String, Object> timers = runtime.getVariables(instance);
    Job due = onlyJob(instance);
    // 1 working hour on Friday, 7 on Monday: not the 8 clock hours of Friday evening
    assertThat(due.getDuedate().toInstant()).hasToString("2026-11-30T09:00:00Z");
    assertThat(openSteps(code))
        .singleElement()
        .satisfies(step -> assertThat(step).containsEntry("dueAt", "2026-11-30T09:00:00Z"));

    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 15, 59));
    assertThat(management.createJobQuery().processInstanceId(instance).executable().count())
        .isZero();
    assertThat(waiting(code)).containsEntry("overdue", false);
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 16, 0));
    management.executeJob(due.getId());

    assertThat(notified(code, "OVERDUE")).containsExactly("tiepnhan.anbinh", "vanphong.anbinh");
    assertThat(waiting(code))
        .containsEntry("overdue", true)
        .containsEntry("escalated", false)
        .containsEntry("acceptanceDueAt", "2026-11-30T09:00:00Z")
        .containsEntry("submittedAt", "2026-11-27T09:00:00Z");
    assertThat(historyKinds(code)).contains("ACCEPTANCE_OVERDUE");
    String deskPage =
        PageSession.login(port, DESK, PASSWORD).page("/dossiers/" + code + "?lang=vi");
    assertThat(deskPage)
        .contains(
            "id=\"acceptance-notice\"", "Quá hạn tiếp nhận hồ sơ trực tuyến", "16:00 30/11/2026")
        .contains("data-path=\"acceptance\"");
    assertThat(
            PageSession.login(port, "hotich.anbinh", PASSWORD)
                .page("/dossiers/" + code + "?lang=vi"))
        .as("the specialist sees the flag, but the desk decides")
        .contains("id=\"acceptance-notice\"")
        .doesNotContain("data-path=\"acceptance\"");
    assertThat(PageSession.login(port, DESK, PASSWORD).page("/reception?lang=vi"))
        .contains("id=\"online-queue\"", "Hồ sơ trực tuyến chờ tiếp nhận")
        .contains("data-agency=\"" + AN_BINH + "\"");

    Job escalation = onlyJob(instance);
    // 4 further working hours: 1 on Monday, 3 on Tuesday morning
    assertThat(escalation.getDuedate().toInstant()).hasToString("2026-12-01T03:30:00Z");
    DemoData.setClock(LocalDateTime.of(2026, 12, 1, 10, 30));
    management.executeJob(escalation.getId());
    assertThat(notified(code, "ESCALATED")).containsExactly("chutich.anbinh", "thanhtra.tinh");
    assertThat(waiting(code)).containsEntry("escalated", true);
    assertThat(auditActions(code)).contains("ACCEPTANCE_OVERDUE", "ACCEPTANCE_ESCALATED");

    // the same timers run again (a retry, another node): nothing more is recorded or sent
    String replay = runtime.startProcessInstanceByKey("online-acceptance", timers).getId();
    for (int i = 0; i < 2; i++) {
      management.executeJob(onlyJob(replay).getId());
    }
    assertThat(notified(code, "OVERDUE")).hasSize(2);
    assertThat(notified(code, "ESCALATED")).hasSize(2);
    assertThat(historyKinds(code).stream().filter(k -> k.startsWith("ACCEPTANCE_"))).hasSize(2);
  }

  @Test
  void legalClockStartsAtAcceptanceAndNothingFiresAfterIt() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 16, 0)); // Friday 16:00
    String code =
        submit(
            DossierDriver.counterDossier(
                "business-household-registration",
                AN_BINH,
                Map.of("householdName", "Hộ kinh doanh Tạp hóa An Bình", "capital", 50000000)));
    String instance = acceptanceInstance(code);
    assertThat(
            http.withBasicAuth(DESK, PASSWORD)
                .getForEntity("/api/dossiers/" + code + "/papers/01?format=html", String.class)
                .getStatusCode())
        .as("no receipt before acceptance")
        .isNotEqualTo(HttpStatus.OK);

    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 10, 0)); // Monday 10:00
    ResponseEntity<Map<String, Object>> accepted = decide(DESK, code, Map.of("decision", "ACCEPT"));
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    // 3 working days from Monday 10:00 (from Friday 16:00 it would be Wednesday 16:00)
    assertThat(accepted.getBody())
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("dueAt", "2026-12-03T03:00:00Z");
    assertThat(
            http.withBasicAuth(DESK, PASSWORD)
                .getForObject("/api/dossiers/" + code + "/papers/01?format=html", String.class))
        .contains("10:00, ngày 03 tháng 12 năm 2026");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(queue(AN_BINH)).extracting(row -> row.get("code")).doesNotContain(code);
    assertThat(historyKinds(code)).doesNotContain("ACCEPTANCE_OVERDUE");
    assertThat(
            jdbc.sql("select decision from online_acceptance where dossier_code = ?")
                .param(code)
                .query(String.class)
                .single())
        .isEqualTo("ACCEPTED");
    assertThat(decide(DESK, code, Map.of("decision", "ACCEPT")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anotherAgencysOfficerCannotAcceptNorReadTheQueue() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 9, 0));
    String code = submit(DemoData.birthRegistration(AN_BINH));
    ResponseEntity<Map<String, Object>> refused =
        decide("tiepnhan.hoaphu", code, Map.of("decision", "ACCEPT"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody())
        .containsEntry("receivingAgency", AN_BINH)
        .containsEntry("requiredGroup", AN_BINH + ":reception");
    assertThat((String) refused.getBody().get("detail")).contains("chỉ công chức bộ phận một cửa");
    assertThat(
            http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
                .exchange("/api/reception/online?agency=" + AN_BINH, HttpMethod.GET, null, JSON)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(dossier(code)).containsEntry("status", "SUBMITTED");
  }

  @Test
  void returnForCompletionEndsTheWaitAndTheSupplementStartsItAgain() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 9, 0));
    String code = submit(DemoData.birthRegistration(AN_BINH));
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<Map<String, Object>> noReason =
        http.withBasicAuth(DESK, PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/acceptance",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("decision", "REQUEST_COMPLETION"), english),
                JSON);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).containsEntry("title", "Reason required");

    ResponseEntity<Map<String, Object>> returned =
        decide(
            DESK,
            code,
            Map.of(
                "decision", "REQUEST_COMPLETION",
                "reason", "Thiếu giấy chứng sinh",
                "items", List.of("Giấy chứng sinh")));
    assertThat(returned.getBody()).containsEntry("status", "AWAITING_SUPPLEMENT");
    assertThat(acceptanceInstances(code)).isZero();

    DemoData.setClock(LocalDateTime.of(2026, 12, 1, 14, 0));
    http.withBasicAuth(DESK, PASSWORD)
        .exchange(
            "/api/dossiers/" + code + "/supplement",
            HttpMethod.POST,
            new HttpEntity<>(Map.of()),
            JSON);
    assertThat(dossier(code)).containsEntry("status", "SUBMITTED");
    // 8 working hours from Tuesday 14:00: Wednesday 14:00
    assertThat(onlyJob(acceptanceInstance(code)).getDuedate().toInstant())
        .hasToString("2026-12-02T07:00:00Z");
  }

  private String submit(Map<String, Object> dossier) {
    Map<String, Object> body = new HashMap<>(dossier);
    body.put("channel", "ONLINE");
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth(DESK, PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("status", "SUBMITTED");
    return (String) created.getBody().get("code");
  }

  private ResponseEntity<Map<String, Object>> decide(
      String officer, String code, Map<String, Object> body) {
    return http.withBasicAuth(officer, PASSWORD)
        .exchange(
            "/api/dossiers/" + code + "/acceptance", HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private String acceptanceInstance(String code) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("online-acceptance")
        .variableValueEquals("dossierCode", code)
        .singleResult()
        .getId();
  }

  private long acceptanceInstances(String code) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("online-acceptance")
        .variableValueEquals("dossierCode", code)
        .count();
  }

  private Job onlyJob(String instance) {
    return management.createJobQuery().processInstanceId(instance).singleResult();
  }

  private List<String> notified(String code, String rung) {
    return jdbc.sql("select recipient from notification where dedup_key like ? order by recipient")
        .param("online-acceptance:" + code + ":" + rung + ":%")
        .query(String.class)
        .list();
  }

  private List<String> historyKinds(String code) {
    return jdbc.sql("select kind from dossier_event where dossier_code = ? order by id")
        .param(code)
        .query(String.class)
        .list();
  }

  private List<String> auditActions(String code) {
    return jdbc.sql("select action from audit_entry where dossier_code = ?")
        .param(code)
        .query(String.class)
        .list();
  }

  private Map<String, Object> dossier(String code) {
    return http.withBasicAuth(DESK, PASSWORD)
        .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
        .getBody();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> openSteps(String code) {
    return (List<Map<String, Object>>) dossier(code).get("openSteps");
  }

  private List<Map<String, Object>> queue(String agency) {
    ResponseEntity<List<Map<String, Object>>> response =
        http.withBasicAuth(DESK, PASSWORD)
            .exchange("/api/reception/online?agency=" + agency, HttpMethod.GET, null, LIST);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private Map<String, Object> waiting(String code) {
    return queue(AN_BINH).stream()
        .filter(row -> code.equals(row.get("code")))
        .findFirst()
        .orElseThrow();
  }
}
