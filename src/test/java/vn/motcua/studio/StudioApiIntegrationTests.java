package vn.motcua.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.PageSession;

/**
 * The studio API on the real engine and PostgreSQL: the checks per rule (and none on the shipped
 * procedures), publishing from the template, refusals that change nothing, the diff and access.
 */
@IntegrationTest
class StudioApiIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired JdbcClient jdbc;

  @Test
  void shippedProceduresHaveNoErrors() throws IOException {
    Map<String, Object> forms = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path f : files.toList()) {
        Map<?, ?> form = MAPPER.readValue(f.toFile(), Map.class);
        forms.put((String) form.get("id"), form);
      }
    }
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Map<String, Object> checked =
            post("admin", "/api/studio/check", model(Files.readString(p), forms, null)).getBody();
        List<Map<String, Object>> errors = errors(checked);
        assertThat(errors).as("%s: %s", p, errors).isEmpty();
        assertThat(checked.get("publishable")).as("%s", p).isEqualTo(true);
      }
    }
  }

  @Test
  void eachStudioRuleFiresOnABadModel() {
    String key = key();
    Map<String, Object> template = template(key);
    String bpmn = filled((String) template.get("bpmn"));
    @SuppressWarnings("unchecked")
    Map<String, Object> forms = new HashMap<>((Map<String, Object>) template.get("forms"));
    assertThat(errors(check(bpmn, forms))).isEmpty();

    Map<String, Object> tooLong = check(bpmn.replace("value=\"P7D\"", "value=\"P15D\""), forms);
    assertThat(rules(tooLong)).contains("legal-time-path");
    // the steps of the longest path come with the problem, for the studio to mark them
    assertThat(
            ((List<Map<String, Object>>) tooLong.get("problems"))
                .stream()
                    .filter(problem -> "legal-time-path".equals(problem.get("rule")))
                    .findFirst()
                    .orElseThrow()
                    .get("related"))
        .isEqualTo(
            List.of("Task_Reception", "Task_Appraisal", "Task_Approval", "Task_ResultReturn"));
    assertThat(
            rules(
                check(
                    bpmn.replace("name=\"role\" value=\"leader\"", "name=\"role\" value=\"clerk\""),
                    forms)))
        .contains("role");
    forms.remove(key + "-approval");
    Map<String, Object> missing = check(bpmn, forms);
    assertThat(errors(missing))
        .anySatisfy(
            p -> {
              assertThat(p.get("rule")).isEqualTo("form-missing");
              assertThat(p.get("elementId")).isEqualTo("Task_Approval");
            });
    ResponseEntity<Map<String, Object>> english =
        post("admin", "/api/studio/check?lang=en", model(bpmn, forms, null));
    assertThat(errors(english.getBody()))
        .filteredOn(p -> "form-missing".equals(p.get("rule")))
        .singleElement()
        .satisfies(p -> assertThat(p.get("message").toString()).contains("has no such form"));
    assertThat(errors(missing))
        .filteredOn(p -> "form-missing".equals(p.get("rule")))
        .singleElement()
        .satisfies(p -> assertThat(p.get("message").toString()).contains("gói không có biểu mẫu"));
    forms.put(key + "-approval", ((Map<?, ?>) template.get("forms")).get(key + "-approval"));
    assertThat(check(bpmn, forms).get("problems").toString()).contains("gateway-default");
    String timer =
        bpmn.replace(
            "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${escalationLadder.dossierRungAt(execution, 'OVERDUE')}</bpmn:timeDate>",
            "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P2D</bpmn:timeDuration>");
    assertThat(errors(check(timer, forms)))
        .anySatisfy(
            p -> {
              assertThat(p.get("rule")).isEqualTo("timer-calendar");
              assertThat(p.get("elementId")).isEqualTo("TimerStart_DossierOverdue");
            });
    assertThat(errors(check("<not xml", forms)))
        .extracting(p -> p.get("rule"))
        .containsExactly("xml");
  }

  @Test
  void templatePublishesOnceFilledAndReceivesADossierThenVersionTwoShowsItsDiff() {
    String key = key();
    Map<String, Object> template = template(key);
    @SuppressWarnings("unchecked")
    Map<String, Object> forms = (Map<String, Object>) template.get("forms");
    Map<String, Object> fresh = check((String) template.get("bpmn"), forms);
    assertThat(fresh.get("publishable")).isEqualTo(false);
    assertThat(rules(fresh)).contains("metadata").doesNotContain("legal-time-path");
    ResponseEntity<Map<String, Object>> refused =
        post(
            "admin", "/api/studio/publish", model((String) template.get("bpmn"), forms, "Bản đầu"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

    String bpmn = filled((String) template.get("bpmn"));
    ResponseEntity<Map<String, Object>> first =
        post("admin", "/api/studio/publish", model(bpmn, forms, "Bản đầu tiên"));
    assertThat(first.getStatusCode()).as("%s", first.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody()).containsEntry("key", key).containsEntry("version", 1);
    Set<String> resources = new HashSet<>();
    for (Resource r :
        repository.getDeploymentResources((String) first.getBody().get("deploymentId"))) {
      resources.add(r.getName());
    }
    assertThat(resources)
        .containsExactlyInAnyOrder(
            "processes/" + key + ".bpmn",
            "forms/" + key + "-intake.form",
            "forms/" + key + "-reception.form",
            "forms/" + key + "-appraisal.form",
            "forms/" + key + "-approval.form",
            "forms/" + key + "-result-return.form",
            "forms/apology-letter.form");

    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(DemoData.AN_BINH));
    body.put("procedure", key);
    body.put("data", Map.of("constructionAddress", "Thôn Đông, xã An Bình"));
    ResponseEntity<Map<String, Object>> dossier =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(dossier.getStatusCode()).as("%s", dossier.getBody()).isEqualTo(HttpStatus.CREATED);

    String v2 =
        bpmn.replace("value=\"P7D\"", "value=\"P5D\"")
            .replace("name=\"Phê duyệt, ký kết quả\"", "name=\"Lãnh đạo phê duyệt\"")
            .replace(
                "<camunda:property name=\"fee\" value=\"Miễn phí\" />",
                "<camunda:property name=\"fee\" value=\"50.000 đồng\" />");
    ResponseEntity<Map<String, Object>> second =
        post("admin", "/api/studio/publish", model(v2, forms, "Rút ngắn thẩm định"));
    assertThat(second.getStatusCode()).as("%s", second.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getBody()).containsEntry("version", 2);
    assertThat(second.getBody().get("diff")).isEqualTo(Map.of("from", 1, "to", 2));
    assertThat(
            jdbc.sql(
                    "select change_note from studio_version where procedure_key = ? and version = 2")
                .param(key)
                .query(String.class)
                .single())
        .isEqualTo("Rút ngắn thẩm định");

    assertThat(
            jdbc.sql(
                    "select actor, reason from audit_entry where subject_type = 'PROCEDURE'"
                        + " and subject_id = ? and action = 'PROCEDURE_PUBLISHED' order by id")
                .param(key)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .list())
        .containsExactly("admin|Bản đầu tiên", "admin|Rút ngắn thẩm định");

    ResponseEntity<Map<String, Object>> diff =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange("/api/studio/procedures/" + key + "/diff", HttpMethod.GET, null, JSON);
    assertThat(diff.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(diff.getBody().get("budgets"))
        .isEqualTo(
            List.of(
                Map.of(
                    "stepId",
                    "Task_Appraisal",
                    "name",
                    "Thẩm định hồ sơ",
                    "before",
                    "P7D",
                    "after",
                    "P5D")));
    assertThat(diff.getBody().get("metadata"))
        .isEqualTo(List.of(Map.of("name", "fee", "before", "Miễn phí", "after", "50.000 đồng")));
    assertThat(diff.getBody().get("changeNote")).isEqualTo("Rút ngắn thẩm định");
    assertThat(diff.getBody().get("elements").toString())
        .contains("Task_Approval", "Lãnh đạo phê duyệt", "Task_Appraisal");
    var page =
        PageSession.login(port, "thanhtra.tinh", PASSWORD)
            .get("/studio/procedures/" + key + "/diff");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Rút ngắn thẩm định", "Lãnh đạo phê duyệt", "P5D", "Sau");

    List<Map<String, Object>> list =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange("/api/studio/procedures", HttpMethod.GET, null, LIST)
            .getBody();
    Map<String, Object> mine =
        list.stream().filter(p -> key.equals(p.get("key"))).findFirst().orElseThrow();
    assertThat(mine.get("latestVersion")).isEqualTo(2);
    List<?> versions = (List<?>) mine.get("versions");
    assertThat(((Map<?, ?>) versions.get(0)).get("changeNote")).isEqualTo("Rút ngắn thẩm định");
    assertThat(((Map<?, ?>) versions.get(1)).get("runningDossiers")).isEqualTo(1);
    assertThat(list).noneMatch(p -> "supplement-deadline".equals(p.get("key")));

    ResponseEntity<Map<String, Object>> source =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/api/studio/procedures/" + key + "/source?version=1", HttpMethod.GET, null, JSON);
    assertThat(((Map<?, ?>) source.getBody().get("forms")).keySet()).hasSize(6);
    assertThat(
            http.withBasicAuth("admin", PASSWORD)
                .exchange("/api/studio/template?key=" + key + "&name=x", HttpMethod.GET, null, JSON)
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void publishingWithAMissingFormOrAnInvalidModelChangesNothing() {
    String key = key();
    Map<String, Object> template = template(key);
    @SuppressWarnings("unchecked")
    Map<String, Object> forms = new HashMap<>((Map<String, Object>) template.get("forms"));
    String bpmn = filled((String) template.get("bpmn"));
    forms.remove(key + "-reception");
    long deployments = repository.createDeploymentQuery().count();
    long notes = jdbc.sql("select count(*) from studio_version").query(Long.class).single();

    ResponseEntity<Map<String, Object>> missing =
        post("admin", "/api/studio/publish", model(bpmn, forms, "Thiếu biểu mẫu"));
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(missing.getBody().get("detail").toString()).contains("không có gì được triển khai");
    assertThat(errors(missing.getBody()))
        .anySatisfy(
            p ->
                assertThat(p)
                    .containsEntry("rule", "form-missing")
                    .containsEntry("elementId", "Task_Reception"));

    forms.put(key + "-reception", ((Map<?, ?>) template.get("forms")).get(key + "-reception"));
    String invalid =
        bpmn.replace(
            "camunda:formRef=\"" + key + "-approval\" camunda:formRefBinding=\"deployment\"",
            "camunda:formRef=\"" + key + "-approval\"");
    ResponseEntity<Map<String, Object>> engine =
        post("admin", "/api/studio/publish", model(invalid, forms, "Mô hình sai"));
    assertThat(engine.getStatusCode())
        .as("%s", engine.getBody())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(engine.getBody())).isNotEmpty();

    ResponseEntity<Map<String, Object>> noNote =
        post("admin", "/api/studio/publish", model(bpmn, forms, " "));
    assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count())
        .isZero();
    assertThat(jdbc.sql("select count(*) from studio_version").query(Long.class).single())
        .isEqualTo(notes);
  }

  @Test
  void onlyAdministratorsPublishAndSupervisorsRead() {
    ResponseEntity<Map<String, Object>> reception =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/studio/procedures", HttpMethod.GET, null, JSON);
    assertThat(reception.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(reception.getBody()).containsKey("title");
    assertThat(
            http.withBasicAuth("thanhtra.tinh", PASSWORD)
                .exchange("/api/studio/procedures", HttpMethod.GET, null, LIST)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            post("thanhtra.tinh", "/api/studio/publish", model("<x/>", Map.of(), "n"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            post("thanhtra.tinh", "/api/studio/check", model("<x/>", Map.of(), null))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<List<Map<String, Object>>> templates =
        http.withBasicAuth("admin", PASSWORD)
            .exchange("/api/studio/element-templates", HttpMethod.GET, null, LIST);
    assertThat(templates.getBody()).extracting(t -> t.get("id")).contains("vn.motcua.Step");
    assertThat(
            http.withBasicAuth("admin", PASSWORD)
                .exchange(
                    "/api/studio/element-templates/motcua-step.json", HttpMethod.GET, null, LIST)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private static String key() {
    return StudioModels.key();
  }

  private Map<String, Object> template(String key) {
    return StudioModels.template(http, key);
  }

  private static String filled(String bpmn) {
    return StudioModels.filled(bpmn);
  }

  private Map<String, Object> check(String bpmn, Map<String, Object> forms) {
    ResponseEntity<Map<String, Object>> r =
        post("admin", "/api/studio/check", model(bpmn, forms, null));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  private static Map<String, Object> model(String bpmn, Map<String, Object> forms, String note) {
    return StudioModels.model(bpmn, forms, note);
  }

  private ResponseEntity<Map<String, Object>> post(
      String user, String url, Map<String, Object> body) {
    return StudioModels.post(http, user, url, body);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(Map<String, Object> checked) {
    return ((List<Map<String, Object>>) checked.get("problems"))
        .stream().filter(p -> "error".equals(p.get("severity"))).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> rules(Map<String, Object> checked) {
    return errors(checked).stream().map(p -> p.get("rule")).toList();
  }
}
