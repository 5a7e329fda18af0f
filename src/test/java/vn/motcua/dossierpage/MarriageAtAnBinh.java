package vn.motcua.dossierpage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.motcua.ClockTestProcedure;
import vn.motcua.DemoData;
import vn.motcua.Officials;
import vn.motcua.attachment.Scans;

/**
 * The dossier the page tests read: a marriage registration received at An Bình's desk on Monday 23
 * November 2026 09:00 (due Monday 30 November 09:00, five working days) with a scanned PDF, then
 * accepted; the engine clock is left at that Monday 09:00. The page's pause and resume need a stop
 * officials may make by hand, and its time left a legal time of days: the dossier runs on a test
 * copy of the procedure ({@value #KEY}) at its longest legal time, five working days, whose
 * verification stop officials may make by hand (the real procedure's is the process's own).
 */
final class MarriageAtAnBinh {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  private final TestRestTemplate http;
  private final TaskService tasks;
  private final FormService forms;
  private final IdentityService identity;
  private final RepositoryService repository;

  static final String KEY = "marriage-registration-page-test";

  MarriageAtAnBinh(
      TestRestTemplate http,
      TaskService tasks,
      FormService forms,
      IdentityService identity,
      RepositoryService repository) {
    this.repository = repository;
    this.http = http;
    this.tasks = tasks;
    this.forms = forms;
    this.identity = identity;
  }

  /** Receives, uploads the scan and accepts; returns the dossier code. */
  String receivedAndAccepted() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    ClockTestProcedure.deployCopy(
        repository,
        "marriage-registration",
        KEY,
        Map.of(
            "<camunda:property name=\"legalWorkingDays\" value=\"0\" />",
            "<camunda:property name=\"legalWorkingDays\" value=\"5\" />",
            "(sửa đổi, bổ sung) | process\" />",
            "(sửa đổi, bổ sung) | specialist, unit-head, leader\" />"));
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body()), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    assertThat(upload(code).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    return code;
  }

  /** The specialist finds the couple eligible: the chairman's approval is open. */
  void appraised(String code) {
    work(
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Hai bên đủ điều kiện kết hôn."));
  }

  void work(String user, String code, String step, Map<String, Object> variables) {
    Officials.work(tasks, forms, identity, user, code, step, variables);
  }

  static void delete(RuntimeService runtime, RepositoryService repository, String code) {
    DemoData.resetClock();
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
    ClockTestProcedure.undeploy(repository, KEY);
  }

  private ResponseEntity<Map<String, Object>> upload(String code) {
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.APPLICATION_PDF);
    part.setContentDisposition(
        ContentDisposition.formData()
            .name("file")
            .filename("Tờ khai đăng ký kết hôn.pdf", StandardCharsets.UTF_8)
            .build());
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new HttpEntity<>(Scans.pdf(), part));
    body.add("kind", "D1");
    body.add("kindName", "Tờ khai đăng ký kết hôn");
    body.add("digitisedOriginal", "true");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
        .exchange(
            "/api/dossiers/{code}/documents",
            HttpMethod.POST,
            new HttpEntity<>(body, headers),
            JSON,
            code);
  }

  private static Map<String, Object> body() {
    return Map.of(
        "procedure",
        KEY,
        "agency",
        AN_BINH,
        "channel",
        "COUNTER",
        "applicant",
        Map.of(
            "fullName", "Nguyễn Văn An",
            "idNumber", "001090012345",
            "phone", "0912345678",
            "email", "an.nguyen@example.vn",
            "address", "Thôn Đông, xã An Bình"),
        "data",
        Map.of(
            "groomName", "Nguyễn Văn An",
            "groomBirthDate", "1995-04-12",
            "brideName", "Trần Thị Bình"));
  }
}
