package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
import vn.motcua.DemoData;
import vn.motcua.Officials;
import vn.motcua.attachment.Scans;

/**
 * The desk of UBND xã Tân Lập in the reports' tests: business household registrations (3 working
 * days) received at the counter or submitted online, worked through the real engine with the engine
 * clock moved, scans uploaded and reports read through the API.
 */
public final class TanLapDesk {

  public static final String TAN_LAP = "000.00.03.H99";
  public static final String PROCEDURE = "business-household-registration";
  public static final String RECEPTION = "tiepnhan.tanlap";

  static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  private final ProcessEngine engine;
  private final TestRestTemplate http;
  private final List<String> codes = new ArrayList<>();

  public TanLapDesk(ProcessEngine engine, TestRestTemplate http) {
    this.engine = engine;
    this.http = http;
  }

  /** A dossier received at the counter ({@code COUNTER}) or submitted online ({@code ONLINE}). */
  public String receive(LocalDateTime at, String channel) {
    DemoData.setClock(at);
    Map<String, Object> body =
        Map.of(
            "procedure",
            PROCEDURE,
            "agency",
            TAN_LAP,
            "channel",
            channel,
            "applicant",
            Map.of("fullName", "Đinh Văn Hải", "idNumber", "001090054321"),
            "data",
            Map.of("householdName", "Hộ kinh doanh Tân Lập", "capital", 30000000));
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth(RECEPTION, PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    codes.add(code);
    return code;
  }

  /** Accepts at the desk, works every step at the clock's time, returns at {@code returnedAt}. */
  public void resolve(String code, LocalDateTime returnedAt) {
    resolve(code, returnedAt, Map.of("returnMethod", "COUNTER"));
  }

  /** The same, the return step answering whether the result was digitised. */
  void resolve(String code, LocalDateTime returnedAt, boolean resultDigitised) {
    resolve(
        code, returnedAt, Map.of("returnMethod", "COUNTER", "resultDigitised", resultDigitised));
  }

  private void resolve(String code, LocalDateTime returnedAt, Map<String, Object> returned) {
    work(code, RECEPTION, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    work(
        code,
        "hotich.tanlap",
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Hợp lệ"));
    work(code, "chutich.tanlap", "Task_IssueCertificate", Map.of("issueDecision", "ISSUE"));
    DemoData.setClock(returnedAt);
    work(code, RECEPTION, "Task_ResultReturn", returned);
  }

  public void work(String code, String user, String step, Map<String, Object> variables) {
    Officials.work(engine, user, code, step, variables);
  }

  /** A dossier action ({@code withdrawal}, {@code extension}, …) answered 200. */
  public void post(String code, String action, Map<String, Object> body) {
    // form 04 is signed by the head of the late agency (the unit head); the desk does the rest
    String user = action.equals("extension") ? "vanphong.tanlap" : RECEPTION;
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(user, PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body),
                JSON);
    assertThat(response.getStatusCode())
        .as("%s: %s", action, response.getBody())
        .isEqualTo(HttpStatus.OK);
  }

  /** A scanned PDF of the application form, marked as a digitised original or as a plain copy. */
  void scan(String code, boolean digitisedOriginal) {
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
    body.add("digitisedOriginal", String.valueOf(digitisedOriginal));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map<String, Object>> stored =
        http.withBasicAuth(RECEPTION, PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/documents",
                HttpMethod.POST,
                new HttpEntity<>(body, headers),
                JSON);
    assertThat(stored.getStatusCode()).as("%s", stored.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  public Map<String, Object> get(String user, String path) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  public List<Map<String, Object>> list(String user, String path) {
    ResponseEntity<List<Map<String, Object>>> response =
        http.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.GET, null, LIST);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** Ends the processes of every dossier received here and resets the clock. */
  public void end() {
    for (String code : codes) {
      engine
          .getRuntimeService()
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(code)
          .list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
    }
    DemoData.resetClock();
  }
}
