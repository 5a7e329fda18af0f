package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.IntegrationTest;
import vn.motcua.calendar.HolidayCalendar;

/**
 * An administrator's change to the working calendar is audited with the year's days before and
 * after and the reason; supervisors read it, other officials do not.
 */
@IntegrationTest
class CalendarAuditIntegrationTests {

  private static final int YEAR = 2151;
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired HolidayCalendar holidays;

  @AfterEach
  void forgetTheYear() {
    jdbc.update("delete from holiday_announcement where announced_year = ?", YEAR);
    holidays.forget(YEAR);
  }

  @Test
  void holidayAnnouncementsAreAuditedWithTheDaysBeforeAndAfter() {
    announce("Quyết định nghỉ Tết", "2151-02-01");
    announce("Điều chỉnh lịch nghỉ Tết", "2151-02-02");

    ResponseEntity<List<Map<String, Object>>> trail = calendarTrail("thanhtra.tinh");
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> latest =
        trail.getBody().subList(trail.getBody().size() - 2, trail.getBody().size());
    assertThat(latest)
        .allSatisfy(
            e ->
                assertThat(e)
                    .containsEntry("action", "HOLIDAYS_ANNOUNCED")
                    .containsEntry("actor", "admin")
                    .containsEntry("subjectType", "CALENDAR")
                    .containsEntry("subjectId", "" + YEAR));
    assertThat(latest.get(0)).containsEntry("reason", "Quyết định nghỉ Tết");
    assertThat(latest.get(0).get("afterState").toString()).contains("2151-02-01");
    assertThat(latest.get(1)).containsEntry("reason", "Điều chỉnh lịch nghỉ Tết");
    assertThat(latest.get(1).get("beforeState").toString()).contains("2151-02-01");
    assertThat(latest.get(1).get("afterState").toString())
        .contains("2151-02-02")
        .doesNotContain("2151-02-01");

    assertThat(calendarTrail("tiepnhan.anbinh").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private void announce(String reason, String date) {
    ResponseEntity<String> response =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/api/calendar/announcements/" + YEAR,
                HttpMethod.PUT,
                new HttpEntity<>(
                    Map.of(
                        "reason",
                        reason,
                        "days",
                        List.of(
                            Map.of(
                                "date", date,
                                "name", "Tết",
                                "kind", "HOLIDAY",
                                "occasion", "TET")))),
                String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<List<Map<String, Object>>> calendarTrail(String official) {
    ResponseEntity<String> raw =
        http.withBasicAuth(official, PASSWORD)
            .exchange(
                "/api/audit?subjectType=CALENDAR&subjectId=" + YEAR,
                HttpMethod.GET,
                null,
                String.class);
    if (!raw.getStatusCode().is2xxSuccessful()) {
      return ResponseEntity.status(raw.getStatusCode()).build();
    }
    return http.withBasicAuth(official, PASSWORD)
        .exchange("/api/audit?subjectType=CALENDAR&subjectId=" + YEAR, HttpMethod.GET, null, LIST);
  }
}
