package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;

/** Citizens and officials using the feedback API in tests. */
final class FeedbackDriver {

  static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  private final TestRestTemplate http;

  FeedbackDriver(TestRestTemplate http) {
    this.http = http;
  }

  /** A feedback body about {@code about}, with the given fields added. */
  static Map<String, Object> body(String about, Object... pairs) {
    Map<String, Object> body = new HashMap<>();
    body.put("about", about);
    body.put("kind", "FEEDBACK");
    body.put("content", "Cán bộ hẹn trả kết quả nhưng đến ngày hẹn vẫn chưa có.");
    body.put("senderName", "Nguyễn Văn An");
    body.put("email", "an.nguyen@example.vn");
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  ResponseEntity<Map<String, Object>> submit(Map<String, Object> body) {
    return http.exchange("/api/public/feedback", HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  /** Submits and expects 201: {@code {code, token, link, dueAt}}. */
  Map<String, Object> created(Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> response = submit(body);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    return response.getBody();
  }

  ResponseEntity<Map<String, Object>> citizen(String code, String token) {
    return http.exchange(
        "/api/public/feedback/" + code + "?t=" + token, HttpMethod.GET, null, JSON);
  }

  ResponseEntity<List<Map<String, Object>>> list(String user, String query) {
    return http.withBasicAuth(user, DemoData.PASSWORD)
        .exchange("/api/feedback?" + query, HttpMethod.GET, null, LIST);
  }

  /** The status of a list request (problems come as an object, not a list). */
  HttpStatus listStatus(String user, String query) {
    return HttpStatus.valueOf(
        http.withBasicAuth(user, DemoData.PASSWORD)
            .exchange("/api/feedback?" + query, HttpMethod.GET, null, String.class)
            .getStatusCode()
            .value());
  }

  ResponseEntity<Map<String, Object>> one(String user, String code) {
    return http.withBasicAuth(user, DemoData.PASSWORD)
        .exchange("/api/feedback/" + code, HttpMethod.GET, null, JSON);
  }

  ResponseEntity<Map<String, Object>> act(
      String user, String code, String action, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    return http.withBasicAuth(user, DemoData.PASSWORD)
        .exchange(
            "/api/feedback/" + code + "/" + action,
            HttpMethod.POST,
            new HttpEntity<>(body, headers),
            JSON);
  }

  /** The codes in a staff member's list. */
  List<Object> codes(String user, String query) {
    ResponseEntity<List<Map<String, Object>>> response = list(user, query);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody().stream().map(row -> row.get("code")).toList();
  }
}
