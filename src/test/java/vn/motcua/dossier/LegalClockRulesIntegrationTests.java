package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import vn.motcua.ClockTestProcedure;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;
import vn.motcua.PageSession;

/**
 * Issue 18's findings replayed on An Bình dossiers: the provincial inspector and a specialist
 * trying to bend the record (pause, extension to 2030, supplementation, withdrawal), a pause "bận",
 * a second and a late supplementation request: each refused with a problem, nothing changed. And
 * the paused working time a lawful stop leaves, on the dossier, its timeline and the report.
 */
@IntegrationTest
class LegalClockRulesIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String INSPECTOR = "thanhtra.tinh";
  private static final String SPECIALIST = "hotich.anbinh";
  private static final String RECEPTION = "tiepnhan.anbinh";

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @LocalServerPort int port;

  private final List<String> codes = new ArrayList<>();

  @AfterEach
  void endDossiers() {
    for (String code : codes) {
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
    }
    ClockTestProcedure.undeploy(repository);
    DemoData.resetClock();
  }

  @Test
  void inspectorAndSpecialistCannotPauseExtendSupplementOrWithdraw() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0)); // Monday
    String code = accepted(birth());
    String marriage = marriage();
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    // the one lawful request was made already: a specialist's second one is the finding's
    assertOk(post(RECEPTION, code, "supplementation-request", supplementation()));
    assertOk(post(RECEPTION, code, "supplement", Map.of("note", "Đã nộp")));
    Map<String, Object> before = view(code);
    Map<String, Object> marriageBefore = view(marriage);

    for (String official : List.of(INSPECTOR, SPECIALIST)) {
      for (String dossier : List.of(code, marriage)) {
        if (official.equals(INSPECTOR)) {
          assertForbidden(post(official, dossier, "pause", Map.of("reasonCode", "VERIFICATION")));
          assertForbidden(post(official, dossier, "supplementation-request", supplementation()));
        }
        assertForbidden(
            post(
                official,
                dossier,
                "extension",
                Map.of("reason", "Gia hạn", "newDueAt", "2030-01-01T02:00:00Z")));
        assertForbidden(post(official, dossier, "withdrawal", Map.of("reason", "Rút")));
      }
    }
    // the specialist may pause and request supplementation only as the law says
    assertProblem(post(SPECIALIST, code, "pause", Map.of("reason", "bận")), 422);
    assertProblem(post(SPECIALIST, code, "pause", Map.of("reasonCode", "VERIFICATION")), 422);
    ResponseEntity<Map<String, Object>> second =
        post(SPECIALIST, code, "supplementation-request", supplementation());
    assertProblem(second, 422);
    assertThat(second.getBody())
        .containsEntry("legalBasis", "Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5");

    assertThat(view(code)).isEqualTo(before);
    assertThat(view(marriage)).isEqualTo(marriageBefore);
  }

  @Test
  @SuppressWarnings("unchecked")
  void pauseWithAReasonTheProcedureDoesNotDeclareIsRefusedListingTheAllowedOnes() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    String dossier = clockTest();
    Map<String, Object> before = view(dossier);

    ResponseEntity<Map<String, Object>> busy =
        post(SPECIALIST, dossier, "pause", Map.of("reason", "bận"));
    ResponseEntity<Map<String, Object>> unknown =
        post(SPECIALIST, dossier, "pause", Map.of("reasonCode", "BUSY"));
    ResponseEntity<Map<String, Object>> byReception =
        post(RECEPTION, dossier, "pause", Map.of("reasonCode", ClockTestProcedure.CODE));

    for (ResponseEntity<Map<String, Object>> refused : List.of(busy, unknown)) {
      assertProblem(refused, 422);
      assertThat((List<Map<String, Object>>) refused.getBody().get("allowedReasons"))
          .extracting(r -> r.get("code"), r -> r.get("legalBasis"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ClockTestProcedure.SHORT, "Thử nghiệm"),
              org.assertj.core.groups.Tuple.tuple(
                  ClockTestProcedure.CODE, "Thử nghiệm (không phải căn cứ pháp lý thật)"));
    }
    assertThat((String) busy.getBody().get("detail")).contains("bận", ClockTestProcedure.CODE);
    assertForbidden(byReception);
    assertThat(view(dossier)).isEqualTo(before);

    // the declared reason, by its code or (older clients) its label, is taken
    assertOk(post(SPECIALIST, dossier, "pause", Map.of("reason", ClockTestProcedure.LABEL)));
    assertThat((List<Map<String, Object>>) view(dossier).get("pauses"))
        .singleElement()
        .satisfies(p -> assertThat(p).containsEntry("reasonCode", ClockTestProcedure.CODE));
  }

  /**
   * Marriage registration's verification stop (Decree 123/2015 Art. 3(4) as amended) is the
   * process's own, entered and left with the verification step: no official names it by hand.
   */
  @Test
  @SuppressWarnings("unchecked")
  void marriageVerificationIsNoReasonToPauseByHand() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    String marriage = marriage();
    Map<String, Object> before = view(marriage);

    ResponseEntity<Map<String, Object>> byHand =
        post(SPECIALIST, marriage, "pause", Map.of("reasonCode", "VERIFICATION"));

    assertProblem(byHand, 422);
    assertThat((List<Map<String, Object>>) byHand.getBody().get("allowedReasons")).isEmpty();
    assertThat(view(marriage)).isEqualTo(before);
  }

  @Test
  void supplementationIsRequestedOnceAndWithinThreeWorkingDaysOfReceipt() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0)); // Monday
    String once = accepted(birth());
    String late = accepted(birth());
    String lastDay = accepted(birth());

    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    assertOk(post(SPECIALIST, once, "supplementation-request", supplementation()));
    assertOk(post(RECEPTION, once, "supplement", Map.of("note", "Đã nộp")));
    Map<String, Object> onceBefore = view(once);
    ResponseEntity<Map<String, Object>> second =
        post(SPECIALIST, once, "supplementation-request", supplementation());
    assertProblem(second, 422);
    assertThat(second.getBody())
        .containsEntry("legalBasis", "Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5")
        .containsEntry("maxRequests", 1);
    assertThat((String) second.getBody().get("detail")).contains("Điều 19 khoản 5");
    assertThat(view(once)).isEqualTo(onceBefore);

    // Thursday 16:59, the third working day after Monday: still in time
    DemoData.setClock(LocalDateTime.of(2026, 11, 26, 16, 59));
    assertOk(post(SPECIALIST, lastDay, "supplementation-request", supplementation()));

    // Friday, four working days after receipt: too late
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 9, 0));
    Map<String, Object> lateBefore = view(late);
    ResponseEntity<Map<String, Object>> tooLate =
        http.withBasicAuth(SPECIALIST, PASSWORD)
            .exchange(
                "/api/dossiers/" + late + "/supplementation-request",
                HttpMethod.POST,
                new HttpEntity<>(supplementation(), english()),
                JSON);
    assertProblem(tooLate, 422);
    assertThat(tooLate.getBody())
        .containsEntry("windowWorkingDays", 3)
        .containsEntry("allowedUntil", "2026-11-26T10:00:00Z");
    assertThat((String) tooLate.getBody().get("detail"))
        .contains("Decree 118/2025 Art. 19(5)", "3 working days");
    assertThat(view(late)).isEqualTo(lateBefore);
  }

  @Test
  void theSupplementationStopEndsWithTheSupplementNotByHand() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    String code = accepted(birth());
    assertOk(post(SPECIALIST, code, "supplementation-request", supplementation()));
    Map<String, Object> before = view(code);

    ResponseEntity<Map<String, Object>> resumed = post(SPECIALIST, code, "resume", Map.of());

    assertProblem(resumed, 409);
    assertThat(resumed.getBody()).containsEntry("reasonCode", "SUPPLEMENTATION");
    assertThat(view(code)).isEqualTo(before).containsEntry("paused", true);
  }

  @Test
  @SuppressWarnings("unchecked")
  void pausedWorkingTimeShowsOnTheDossierItsTimelineAndTheReport() {
    DemoData.setClock(LocalDateTime.of(2028, 3, 7, 11, 0)); // when the report will be read
    Map<String, Long> baseline = totals(pausedReport());
    DemoData.setClock(LocalDateTime.of(2028, 3, 6, 9, 0)); // Monday
    String verified = clockTest();
    String supplemented = accepted(birth());
    DemoData.setClock(LocalDateTime.of(2028, 3, 6, 10, 0));
    assertOk(post(SPECIALIST, verified, "pause", Map.of("reasonCode", ClockTestProcedure.CODE)));
    assertOk(post(SPECIALIST, supplemented, "supplementation-request", supplementation()));
    DemoData.setClock(LocalDateTime.of(2028, 3, 7, 10, 0)); // a working day later
    assertOk(post(SPECIALIST, verified, "resume", Map.of()));
    DemoData.setClock(LocalDateTime.of(2028, 3, 7, 11, 0)); // the supplement is still awaited

    Map<String, Object> dossier = view(verified);
    assertThat(dossier).containsEntry("pausedWorkingMinutes", 480);
    assertThat((List<Map<String, Object>>) dossier.get("pausedByReason"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .containsEntry("reasonCode", ClockTestProcedure.CODE)
                    .containsEntry("workingMinutes", 480)
                    .containsEntry("stops", 1));
    assertThat(view(supplemented)).containsEntry("pausedWorkingMinutes", 540); // still open

    String timeline =
        PageSession.login(port, INSPECTOR, PASSWORD)
            .page("/dossiers/" + verified + "/timeline?lang=en");
    assertThat(timeline)
        .contains(
            "id=\"paused-total\"",
            "Total paused: 480 working minutes",
            "(" + ClockTestProcedure.CODE + "): 480");

    // other tests' stops still open overlap the period too: compare with the report before ours
    Map<String, Object> report = pausedReport();
    List<Map<String, Object>> dossiers = (List<Map<String, Object>>) report.get("dossiers");
    assertThat(dossiers)
        .filteredOn(d -> List.of(verified, supplemented).contains(d.get("code")))
        .extracting(d -> d.get("code"), d -> d.get("pausedWorkingMinutes"), d -> d.get("pausedNow"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(supplemented, 540, true),
            org.assertj.core.groups.Tuple.tuple(verified, 480, false));
    assertThat(dossiers)
        .filteredOn(d -> d.get("code").equals(verified))
        .extracting(d -> d.get("byReason"))
        .containsExactly(Map.of(ClockTestProcedure.CODE, 480));
    Map<String, Long> totals = totals(report);
    assertThat(totals.get("SUPPLEMENTATION") - baseline.getOrDefault("SUPPLEMENTATION", 0L))
        .isEqualTo(540);
    assertThat(
            totals.get(ClockTestProcedure.CODE)
                - baseline.getOrDefault(ClockTestProcedure.CODE, 0L))
        .isEqualTo(480);

    ResponseEntity<String> csv =
        http.withBasicAuth(INSPECTOR, PASSWORD)
            .getForEntity(
                "/api/reports/paused?agency="
                    + AN_BINH
                    + "&from=2028-03-01&to=2028-03-31&limit=500&format=csv",
                String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getBody()).contains(verified, supplemented);
    // an official of another commune does not oversee An Bình
    assertThat(
            http.withBasicAuth("hotich.hoaphu", PASSWORD)
                .exchange("/api/reports/paused?agency=" + AN_BINH, HttpMethod.GET, null, JSON)
                .getStatusCode()
                .value())
        .isEqualTo(403);
  }

  private Map<String, Object> pausedReport() {
    ResponseEntity<Map<String, Object>> report =
        http.withBasicAuth(INSPECTOR, PASSWORD)
            .exchange(
                "/api/reports/paused?agency="
                    + AN_BINH
                    + "&from=2028-03-01&to=2028-03-31&limit=500",
                HttpMethod.GET,
                null,
                JSON);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    return report.getBody();
  }

  /** An Bình's paused working minutes by reason in the report. */
  @SuppressWarnings("unchecked")
  private static Map<String, Long> totals(Map<String, Object> report) {
    Map<String, Long> totals = new HashMap<>();
    for (Map<String, Object> t : (List<Map<String, Object>>) report.get("totals")) {
      if (AN_BINH.equals(t.get("agency"))) {
        totals.put((String) t.get("reasonCode"), ((Number) t.get("workingMinutes")).longValue());
      }
    }
    return totals;
  }

  private static Map<String, Object> supplementation() {
    return Map.of(
        "reason", "Thiếu giấy tờ", "items", List.of("Giấy chứng sinh bản chính", "CCCD của mẹ"));
  }

  private String birth() {
    return receive(DemoData.birthRegistration(AN_BINH));
  }

  /** A dossier of the test procedure whose officials may stop the clock by hand. */
  private String clockTest() {
    ClockTestProcedure.deploy(repository);
    return receive(ClockTestProcedure.dossier(AN_BINH));
  }

  private String marriage() {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.put("procedure", "marriage-registration");
    body.put("data", Map.of());
    return receive(body);
  }

  private String accepted(String code) {
    Officials.work(
        tasks,
        forms,
        identity,
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT"));
    return code;
  }

  private String receive(Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth(RECEPTION, PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    codes.add(code);
    return code;
  }

  private ResponseEntity<Map<String, Object>> post(
      String official, String code, String action, Map<String, Object> body) {
    return http.withBasicAuth(official, PASSWORD)
        .exchange(
            "/api/dossiers/" + code + "/" + action, HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private Map<String, Object> view(String code) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("admin", PASSWORD)
            .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static void assertOk(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
  }

  private static void assertForbidden(ResponseEntity<Map<String, Object>> response) {
    assertProblem(response, 403);
    assertThat(response.getBody()).containsKey("action");
  }

  private static void assertProblem(ResponseEntity<Map<String, Object>> response, int status) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat((String) response.getBody().get("detail")).isNotBlank();
  }

  private static HttpHeaders english() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    return headers;
  }
}
