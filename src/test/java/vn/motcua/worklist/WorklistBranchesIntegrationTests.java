package vn.motcua.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * The worklist of an official in two units, with a step of a third unit escalated to one of them:
 * each unit and the escalations are read apart, each cut to the page's rows, and merged into one
 * order across pages, by due date or overdue first. The steps are written straight into the read
 * model in units of their own (no other test's steps among them), in a demo commune, and removed
 * afterwards.
 */
@IntegrationTest
class WorklistBranchesIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String official = "branches." + run;
  private final String unitA = "T" + run + ".A:specialist";
  private final String unitB = "T" + run + ".B:specialist";
  private final String unitC = "T" + run + ".C:specialist";
  private final List<String> codes = new ArrayList<>();

  @AfterEach
  void removeTheSteps() {
    for (String code : codes) {
      jdbc.update("delete from deadline_event where dossier_code = ?", code);
      jdbc.update("delete from dossier_step where dossier_code = ?", code);
      jdbc.update("delete from dossier where code = ?", code);
    }
    identity.deleteUser(official);
    List.of(unitA, unitB, unitC).forEach(identity::deleteGroup);
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoUnitsAndAnEscalationMergeIntoOneOrderAcrossPages() {
    User user = identity.newUser(official);
    user.setFirstName("Chuyên viên");
    user.setLastName(run);
    user.setPassword("pass-" + run);
    identity.saveUser(user);
    for (String unit : List.of(unitA, unitB, unitC)) {
      identity.saveGroup(identity.newGroup(unit));
    }
    identity.createMembership(official, unitA);
    identity.createMembership(official, unitB);

    Instant t = Instant.parse("2026-12-01T01:00:00Z");
    // due in this order: a1 b1 a2 c1 (escalated to unit A) b2 a3 a4 b3; b2 is overdue. Unit A
    // holds more steps than a page and a row, so a branch cut too short loses one
    step("a1", unitA, t, "ON_TIME");
    step("b1", unitB, t.plus(1, ChronoUnit.HOURS), "ON_TIME");
    step("a2", unitA, t.plus(2, ChronoUnit.HOURS), "SOON_DUE");
    step("c1", unitC, t.plus(3, ChronoUnit.HOURS), "ON_TIME");
    step("b2", unitB, t.plus(4, ChronoUnit.HOURS), "OVERDUE");
    step("a3", unitA, t.plus(5, ChronoUnit.HOURS), "ON_TIME");
    step("a4", unitA, t.plus(6, ChronoUnit.HOURS), "ON_TIME");
    step("b3", unitB, t.plus(7, ChronoUnit.HOURS), "ON_TIME");
    step("c2", unitC, t.plus(8, ChronoUnit.HOURS), "ON_TIME"); // not escalated: not theirs
    jdbc.update(
        "insert into deadline_event (dossier_code, task_key, rung, kind, at, late_minutes,"
            + " escalated_to) values (?, ?, 'UNIT_HEAD', 'ESCALATED', ?, 60, ?)",
        code("c1"),
        "task-" + code("c1"),
        Timestamp.from(t),
        unitA);

    assertThat(pages("sort=due"))
        .containsExactly(
            List.of("a1", "b1"),
            List.of("a2", "c1"),
            List.of("b2", "a3"),
            List.of("a4", "b3"),
            List.of());
    assertThat(pages("sort=overdue"))
        .containsExactly(
            List.of("b2", "a1"),
            List.of("b1", "a2"),
            List.of("c1", "a3"),
            List.of("a4", "b3"),
            List.of());
    Map<String, Object> first = page("sort=due&page=0").getBody();
    assertThat(first).containsEntry("more", true);
    assertThat((List<Map<String, Object>>) first.get("rows"))
        .first()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("unit", unitA)
                    .containsEntry("procedureName", "Đăng ký khai sinh")
                    .containsEntry("stepFlag", "ON_TIME"));
    assertThat(page("sort=due&page=3").getBody()).containsEntry("more", false);
  }

  /** The page's steps as their short names, pages 0 to 4 of two rows. */
  @SuppressWarnings("unchecked")
  private List<List<String>> pages(String query) {
    List<List<String>> pages = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      ResponseEntity<Map<String, Object>> page = page(query + "&page=" + n);
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
      pages.add(
          ((List<Map<String, Object>>) page.getBody().get("rows"))
              .stream()
                  .map(row -> ((String) row.get("dossierCode")).substring(code("").length()))
                  .toList());
    }
    return pages;
  }

  private ResponseEntity<Map<String, Object>> page(String query) {
    return http.withBasicAuth(official, "pass-" + run)
        .exchange("/api/worklist?scope=unit&size=2&" + query, HttpMethod.GET, null, JSON);
  }

  private String code(String name) {
    return "WB-" + run + "-" + name;
  }

  private void step(String name, String unit, Instant due, String flag) {
    String code = code(name);
    codes.add(code);
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("birth-registration")
            .latestVersion()
            .singleResult()
            .getId();
    String agency = DemoData.AN_BINH; // the units are this test's own; the agency must exist
    jdbc.update(
        "insert into dossier (code, procedure_key, procedure_definition_id, receiving_agency,"
            + " resolving_agency, channel, status, applicant_full_name, applicant_id_number,"
            + " received_by, received_at, due_at) values (?, 'birth-registration', ?, ?, ?,"
            + " 'COUNTER', 'IN_PROGRESS', ?, '001090000000', 'test', ?, ?)",
        code,
        definition,
        agency,
        agency,
        "Người nộp " + name,
        Timestamp.from(due.minus(1, ChronoUnit.DAYS)),
        Timestamp.from(due.plus(1, ChronoUnit.DAYS)));
    jdbc.update(
        "insert into dossier_step (task_id, dossier_code, activity_id, step_name, agency,"
            + " unit_group, started_at, budget_minutes, due_at, paused_minutes, flag)"
            + " values (?, ?, 'Task_Appraisal', 'Thẩm định hồ sơ', ?, ?, ?, 240, ?, 0, ?)",
        "task-" + code,
        code,
        agency,
        unit,
        Timestamp.from(due.minus(1, ChronoUnit.DAYS)),
        Timestamp.from(due),
        flag);
  }
}
