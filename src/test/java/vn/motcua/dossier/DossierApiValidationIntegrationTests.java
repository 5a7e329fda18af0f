package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Bad input to the dossier API gets a clear problem detail in the user's language and stores
 * nothing.
 */
@IntegrationTest
class DossierApiValidationIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;

  @Test
  void invalidBodyNamesEveryBadFieldInVietnamese() {
    Map<String, Object> body =
        Map.of(
            "procedure",
            "",
            "agency",
            AN_BINH,
            "applicant",
            Map.of("fullName", " ", "idNumber", "12AB", "phone", "12345", "email", "not-an-email"));
    long before = dossierCount();

    ResponseEntity<Map<String, Object>> response = post(body, "vi");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            response
                .getHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(response.getBody())
        .containsEntry("title", "Dữ liệu không hợp lệ")
        .containsEntry("status", 400);
    assertThat(fields(response))
        .containsExactly(
            "applicant.email",
            "applicant.fullName",
            "applicant.idNumber",
            "applicant.phone",
            "channel",
            "procedure");
    assertThat(errors(response))
        .contains(
            Map.of(
                "field",
                "applicant.idNumber",
                "message",
                "phải là số định danh cá nhân 12 chữ số hoặc số CMND 9 chữ số"));
    assertThat(dossierCount()).isEqualTo(before);
  }

  @Test
  void problemDetailsFollowAcceptLanguage() {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.remove("applicant");
    ResponseEntity<Map<String, Object>> response = post(body, "en-US,en;q=0.9");
    assertThat(response.getBody()).containsEntry("title", "Invalid request");
    assertThat(errors(response))
        .containsExactly(Map.of("field", "applicant", "message", "is required"));
  }

  @Test
  void unknownChannelValueNamesTheField() {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.put("channel", "FAX");
    ResponseEntity<Map<String, Object>> response = post(body, "vi");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("channel");
  }

  @Test
  void malformedJsonIsABadRequest() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>("{\"procedure\": ", headers),
                JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("title", "Không đọc được yêu cầu");
    assertThat(response.getBody().toString()).doesNotContain("Exception", "at com.", "at org.");
  }

  @Test
  void unknownProcedureIsUnprocessable() {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.put("procedure", "no-such-procedure");
    long before = dossierCount();
    ResponseEntity<Map<String, Object>> response = post(body, "vi");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody())
        .containsEntry("status", 422)
        .containsEntry("title", "Thủ tục không tồn tại")
        .containsEntry("procedure", "no-such-procedure");
    assertThat(dossierCount()).isEqualTo(before);
  }

  @Test
  void unknownAgencyIsUnprocessable() {
    ResponseEntity<Map<String, Object>> response =
        post(DemoData.birthRegistration("999.99.99.X00"), "en");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody())
        .containsEntry("title", "Unknown agency")
        .containsEntry("agency", "999.99.99.X00");
  }

  @Test
  void unknownDossierIsNotFound() {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers/000.00.01.H99-000101-0001", HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody())
        .containsEntry("status", 404)
        .containsEntry("title", "Không tìm thấy hồ sơ");
  }

  private ResponseEntity<Map<String, Object>> post(Map<String, Object> body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
        .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("errors");
  }

  private static List<Object> fields(ResponseEntity<Map<String, Object>> response) {
    return errors(response).stream().map(error -> error.get("field")).toList();
  }

  private long dossierCount() {
    return jdbc.sql("select count(*) from dossier").query(Long.class).single();
  }
}
