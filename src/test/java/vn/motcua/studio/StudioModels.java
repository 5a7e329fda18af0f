package vn.motcua.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** New procedures from the studio's template, filled and published as an administrator does. */
final class StudioModels {

  static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  private StudioModels() {}

  static String key() {
    return "studio-test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> template(TestRestTemplate http, String key) {
    ResponseEntity<Map<String, Object>> t =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/api/studio/template?key=" + key + "&name=Thủ tục thử",
                HttpMethod.GET,
                null,
                JSON);
    assertThat(t.getStatusCode()).isEqualTo(HttpStatus.OK);
    return t.getBody();
  }

  /** The template's metadata placeholders filled. */
  static String filled(String bpmn) {
    return bpmn.replace(
            "name=\"procedureCode\" value=\"\"", "name=\"procedureCode\" value=\"9.999999\"")
        .replace("name=\"field\" value=\"\"", "name=\"field\" value=\"Thử nghiệm\"")
        .replace("name=\"agencyLevel\" value=\"\"", "name=\"agencyLevel\" value=\"COMMUNE\"")
        .replace("name=\"fee\" value=\"\"", "name=\"fee\" value=\"Miễn phí\"")
        .replace(
            "name=\"legalBasis\" value=\"\"", "name=\"legalBasis\" value=\"Giả định cho kiểm thử\"")
        .replace(
            "name=\"supplementClockRule\" value=\"\"",
            "name=\"supplementClockRule\" value=\"RESTART\"")
        .replace(
            "name=\"requiredDocuments\" value=\"\"",
            "name=\"requiredDocuments\" value=\"Đơn đề nghị\"")
        .replace(
            "name=\"onlineServiceLevel\" value=\"\"",
            "name=\"onlineServiceLevel\" value=\"PARTIAL\"");
  }

  static Map<String, Object> model(String bpmn, Map<String, Object> forms, String note) {
    Map<String, Object> body = new HashMap<>();
    body.put("bpmn", bpmn);
    body.put("forms", forms);
    body.put("changeNote", note);
    return body;
  }

  static ResponseEntity<Map<String, Object>> post(
      TestRestTemplate http, String user, String url, Map<String, Object> body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(url, HttpMethod.POST, new HttpEntity<>(body), JSON);
  }
}
