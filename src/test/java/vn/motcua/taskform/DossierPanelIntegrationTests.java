package vn.motcua.taskform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;
import vn.motcua.attachment.Scans;

/**
 * Issue 19, item 4: every step's form, as Tasklist loads it, opens with the dossier (applicant,
 * intake data with the start form's labels, the documents as links, earlier decisions with the
 * forms' labels, never the raw code), only for an official who may read the dossier, with every
 * value inert; and the apology form takes the new appointment the Vietnamese way.
 */
@IntegrationTest
class DossierPanelIntegrationTests {

  static final String INJECTED =
      "Nguyễn [x](javascript:alert(1)) <img src=x onerror=alert(1)> {{dossierCode}} Văn An";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  void theLeadersFormShowsTheDossierWithLabelsAndLinksAndNoRawCode() throws Exception {
    String code = receive("Nguyễn Văn An");
    upload(code);
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    Officials.work(
        engine,
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đủ giấy chứng sinh"));
    Task approval = task(code, "Task_Approval");

    for (String path :
        List.of(
            "/engine-rest/task/" + approval.getId() + "/deployed-form",
            "/engine-rest/engine/default/task/" + approval.getId() + "/deployed-form")) {
      ResponseEntity<String> form =
          http.withBasicAuth("chutich.anbinh", PASSWORD).getForEntity(path, String.class);
      assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
      JsonNode components = json.readTree(form.getBody()).path("components");
      JsonNode panel = components.get(0);
      assertThat(panel.path("type").asText()).isEqualTo("text");
      assertThat(panel.has("key")).as("the panel submits nothing").isFalse();
      String text = panel.path("text").asText();
      assertThat(text)
          .contains("Nguyễn Văn An", "001090012345", "0912345678", "Thôn Đông, xã An Bình")
          .contains("UBND xã An Bình", "Đăng ký khai sinh")
          .contains("Họ, chữ đệm và tên người được khai sinh", "Nguyễn Thị Bình")
          .contains("Ngày, tháng, năm sinh", "20/11/2026")
          .doesNotContain("2026-11-20", "childName")
          .contains("/api/dossiers/" + code + "/documents/")
          .contains("to-khai.pdf")
          .contains("/dossiers/" + code)
          .contains("Đủ điều kiện đăng ký khai sinh", "Đủ giấy chứng sinh")
          .doesNotContain("ELIGIBLE")
          .doesNotContain("\n\n");
      // the form's own decision follows, with its Vietnamese labels
      assertThat(form.getBody()).contains("approvalDecision", "Đồng ý, ký giấy khai sinh");
    }
  }

  @Test
  void anotherAgencysOfficialGetsNoForm() {
    String code = receive("Nguyễn Văn An");
    Task reception = task(code, "Task_Reception");
    ResponseEntity<String> form =
        http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
            .getForEntity(
                "/engine-rest/task/" + reception.getId() + "/deployed-form", String.class);
    assertThat(form.getStatusCode().value()).isIn(403, 404);
    assertThat(form.getBody()).doesNotContain("Nguyễn Văn An", "001090012345");
  }

  @Test
  void valuesFromTheDossierRenderInert() throws Exception {
    String code = receive(INJECTED);
    Task reception = task(code, "Task_Reception");
    ResponseEntity<String> form =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .getForEntity(
                "/engine-rest/task/" + reception.getId() + "/deployed-form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text = json.readTree(form.getBody()).path("components").get(0).path("text").asText();
    assertThat(text)
        .doesNotContain("<img", "](javascript", "[x]", "{{", "}}")
        .contains("&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;")
        .contains("&#91;x&#93;&#40;javascript:alert&#40;1&#41;&#41;")
        .contains("&#123;&#123;dossierCode&#125;&#125;");
  }

  @Test
  void theApologyFormReadsTheNewAppointmentAsDayMonthYear() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    String code = receive("Nguyễn Văn An");
    Task apology = openApology(code);
    claim(apology, "vanphong.anbinh");

    ResponseEntity<Map<String, Object>> done =
        submit(apology, "vanphong.anbinh", "Chờ xác minh giấy chứng sinh", "08/12/2026");

    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ZonedDateTime extended =
        jdbc.sql("select extended_due_at from dossier where code = ?")
            .param(code)
            .query(java.sql.Timestamp.class)
            .single()
            .toInstant()
            .atZone(DemoData.VIETNAM);
    assertThat(extended.toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 8));
  }

  @Test
  void anApologyDateBeforeTheOldOneIsAVietnameseProblem() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    String code = receive("Nguyễn Văn An");
    Task apology = openApology(code);
    claim(apology, "vanphong.anbinh");

    ResponseEntity<Map<String, Object>> refused =
        submit(apology, "vanphong.anbinh", "Chờ xác minh", "20/11/2026");

    assertThat(refused.getStatusCode().value()).isIn(400, 422);
    assertThat(refused.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(String.valueOf(refused.getBody().get("detail")))
        .contains("Ngày hẹn trả mới", "phải sau ngày hẹn hiện tại", "20/11/2026")
        .doesNotContain("Exception", "vn.motcua", "null");
    assertThat(tasks.createTaskQuery().taskId(apology.getId()).count()).isEqualTo(1);
  }

  private ResponseEntity<Map<String, Object>> submit(
      Task task, String user, String reason, String day) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("apologyReason", Map.of("value", reason));
    variables.put("newDueDate", Map.of("value", day));
    return http.withBasicAuth(user, PASSWORD)
        .exchange(
            "/engine-rest/task/" + task.getId() + "/submit-form",
            HttpMethod.POST,
            new HttpEntity<>(Map.of("variables", variables), jsonHeaders()),
            JSON);
  }

  private void claim(Task task, String user) {
    ResponseEntity<String> claimed =
        http.withBasicAuth(user, PASSWORD)
            .exchange(
                "/engine-rest/task/" + task.getId() + "/claim",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("userId", user), jsonHeaders()),
                String.class);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The apology step, as the deadline ladder opens it one working day before the due date. */
  private Task openApology(String code) {
    String instance = task(code, "Task_Reception").getProcessInstanceId();
    runtime
        .createProcessInstanceModification(instance)
        .startBeforeActivity("Task_IssueApology")
        .execute();
    return task(code, "Task_IssueApology");
  }

  private String receive(String applicantName) {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    Map<String, Object> applicant = new HashMap<>((Map<String, Object>) body.get("applicant"));
    applicant.put("fullName", applicantName);
    body.put("applicant", applicant);
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  static void upload(TestRestTemplate http, String code) {
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.APPLICATION_PDF);
    part.setContentDisposition(
        ContentDisposition.formData()
            .name("file")
            .filename("to-khai.pdf", StandardCharsets.UTF_8)
            .build());
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new HttpEntity<>(Scans.pdf(), part));
    body.add("kind", "D1");
    body.add("kindName", "Tờ khai đăng ký khai sinh");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> stored =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .postForEntity(
                "/api/dossiers/" + code + "/documents",
                new HttpEntity<>(body, headers),
                String.class);
    assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  private void upload(String code) {
    upload(http, code);
  }

  private Task task(String code, String key) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey(key)
        .singleResult();
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
