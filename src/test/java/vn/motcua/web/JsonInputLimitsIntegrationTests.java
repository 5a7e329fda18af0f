package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * The malformed values that answered 500 are refused with 400, a message naming the field in the
 * user's language, and nothing stored: a NUL character, a key twice, a year -999999999 or +1000000,
 * null in a list, a 1 MB string.
 */
@IntegrationTest
@SuppressWarnings("unchecked")
class JsonInputLimitsIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aNulCharacterOrAKeyTwiceInADossierIsRefusedNamingTheField() {
    long before = dossiers();
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(DemoData.AN_BINH));
    Map<String, Object> applicant = new HashMap<>((Map<String, Object>) body.get("applicant"));
    applicant.put("fullName", "Nguyễn\u0000An");
    body.put("applicant", applicant);
    assertField(post("/api/dossiers", json(body), "vi"), "applicant.fullName", "chứa ký tự NUL");

    Map<String, Object> data =
        new HashMap<>(
            (Map<String, Object>) DemoData.birthRegistration(DemoData.AN_BINH).get("data"));
    data.put("child\u0000Name", "Bình");
    body = new HashMap<>(DemoData.birthRegistration(DemoData.AN_BINH));
    body.put("data", data);
    assertField(post("/api/dossiers", json(body), "en"), "data.child\\u0000Name", "NUL character");

    String twice =
        "{\"procedure\":\"x\"," + json(DemoData.birthRegistration(DemoData.AN_BINH)).substring(1);
    assertField(post("/api/dossiers", twice, "vi"), "procedure", "khóa này xuất hiện hai lần");

    String huge = json(Map.of("procedure", "x".repeat(1_000_000)));
    ResponseEntity<Map<String, Object>> tooLong = post("/api/dossiers", huge, "vi");
    assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
    assertThat(tooLong.getBody()).containsEntry("title", "Yêu cầu vượt giới hạn");
    assertThat(dossiers()).isEqualTo(before);
  }

  @Test
  void yearsOutOfRangeAndNullDaysInAnAnnouncementAreRefused() {
    long before =
        jdbc.queryForObject("select count(*) from holiday_announcement_change", Long.class);
    List<Object> days = new ArrayList<>();
    days.add(null);
    assertField(
        put("/api/calendar/announcements/2031", json(Map.of("reason", "r", "days", days)), "vi"),
        "days[0]",
        "không được có phần tử rỗng (null)");
    for (String date : List.of("-999999999-01-01", "+1000000-01-01")) {
      Map<String, Object> day =
          Map.of("date", date, "name", "Tết", "kind", "HOLIDAY", "occasion", "TET");
      assertField(
          put(
              "/api/calendar/announcements/2031",
              json(Map.of("reason", "r", "days", List.of(day))),
              "en"),
          "days[0].date",
          "the year must be between 1800 and 2200");
    }
    assertThat(jdbc.queryForObject("select count(*) from holiday_announcement_change", Long.class))
        .isEqualTo(before);
  }

  private static void assertField(
      ResponseEntity<Map<String, Object>> response, String field, String message) {
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(
            response
                .getHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
    assertThat(errors)
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error).containsEntry("field", field);
              assertThat((String) error.get("message")).contains(message);
            });
    assertThat((String) response.getBody().get("detail")).contains(field);
  }

  private long dossiers() {
    return jdbc.queryForObject("select count(*) from dossier", Long.class);
  }

  private ResponseEntity<Map<String, Object>> post(String path, String body, String language) {
    return send(HttpMethod.POST, "tiepnhan.anbinh", path, body, language);
  }

  private ResponseEntity<Map<String, Object>> put(String path, String body, String language) {
    return send(HttpMethod.PUT, "admin", path, body, language);
  }

  private ResponseEntity<Map<String, Object>> send(
      HttpMethod method, String user, String path, String body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.withBasicAuth(user, DemoData.PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), JSON);
  }

  private static String json(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
