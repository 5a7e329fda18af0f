package vn.motcua.calendar;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.IntegrationTest;

/** The public calendar API and the administrator's yearly announcements, over HTTP. */
@IntegrationTest
class CalendarApiIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};
  private static final int TEST_YEAR = 2150;

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired HolidayCalendar holidays;

  @AfterEach
  void forgetTestYear() {
    jdbc.sql("delete from holiday_announcement where announced_year = ?").param(TEST_YEAR).update();
    holidays.forget(TEST_YEAR);
  }

  @Test
  void announcedYearMixesAnnouncementAndRules() {
    assertThat(kinds(2026))
        .contains(
            day("2026-01-01", "HOLIDAY", "ANNOUNCEMENT"),
            day("2026-01-02", "DAY_OFF_SWAP", "ANNOUNCEMENT"),
            day("2026-01-10", "MAKE_UP_WORKING_DAY", "ANNOUNCEMENT"),
            day("2026-02-16", "HOLIDAY", "ANNOUNCEMENT"),
            day("2026-02-20", "HOLIDAY", "ANNOUNCEMENT"),
            day("2026-04-26", "HOLIDAY", "ANNOUNCEMENT"),
            day("2026-04-27", "COMPENSATORY", "ANNOUNCEMENT"),
            day("2026-04-30", "HOLIDAY", "RULE"),
            day("2026-05-01", "HOLIDAY", "RULE"),
            day("2026-08-22", "MAKE_UP_WORKING_DAY", "ANNOUNCEMENT"),
            day("2026-08-31", "DAY_OFF_SWAP", "ANNOUNCEMENT"),
            day("2026-09-01", "HOLIDAY", "ANNOUNCEMENT"),
            day("2026-09-02", "HOLIDAY", "ANNOUNCEMENT"));
    assertThat(kinds(2026)).extracting(d -> d.get("date")).doesNotContain("2026-09-03");
    assertThat(kinds(2025))
        .contains(
            day("2025-04-26", "MAKE_UP_WORKING_DAY", "ANNOUNCEMENT"),
            day("2025-05-02", "DAY_OFF_SWAP", "ANNOUNCEMENT"));
  }

  @Test
  void ruleOnlyYearsFarAheadHaveTetHungKingsAndCompensatoryDays() {
    for (int year = 2029; year <= 2031; year++) {
      assertThat(holidays(year))
          .allSatisfy(day -> assertThat(day).containsEntry("source", "RULE"))
          .anySatisfy(day -> assertThat((String) day.get("name")).contains("Nguyên đán"));
    }
    assertThat(kinds(2029)).contains(day("2029-04-23", "HOLIDAY", "RULE"));
    assertThat(kinds(2030)).contains(day("2030-04-12", "HOLIDAY", "RULE"));
    assertThat(kinds(2031)).contains(day("2031-04-01", "HOLIDAY", "RULE"));
    assertThat(holidays(2029))
        .extracting(day -> day.get("date"))
        .contains("2029-01-01", "2029-04-30", "2029-05-01", "2029-09-02");
  }

  @Test
  void workingDayTellsWhy() {
    assertThat(get("/api/calendar/working-day?date=2026-04-27"))
        .containsEntry("working", false)
        .containsEntry("reason", "Nghỉ bù Giỗ Tổ Hùng Vương");
    assertThat(get("/api/calendar/working-day?date=2025-04-26")).containsEntry("working", true);
    assertThat(get("/api/calendar/working-day?date=2026-11-28")).containsEntry("working", false);
    assertThat(get("/api/calendar/working-day?date=2026-11-24")).containsEntry("working", true);
  }

  /**
   * 2026 as announced (công văn 12729/VPCP-KGVX, Thông báo 9441/TB-BNV, as reported in the press):
   * Fri 2/1 off for Sat 10/1 worked; Mon 31/8 off for Sat 22/8 worked; 1/9 and 2/9 holidays.
   */
  @Test
  void calendar2026AsAnnounced() {
    for (String off :
        List.of("2026-01-01", "2026-01-02", "2026-08-31", "2026-09-01", "2026-09-02")) {
      assertThat(get("/api/calendar/working-day?date=" + off))
          .as(off)
          .containsEntry("working", false);
    }
    for (String worked : List.of("2026-01-10", "2026-08-22", "2026-09-03")) {
      assertThat(get("/api/calendar/working-day?date=" + worked))
          .as(worked)
          .containsEntry("working", true);
    }
    assertThat(get("/api/calendar/working-day?date=2026-01-10"))
        .containsEntry("reason", "Làm bù cho ngày 02/01/2026");
    assertThat(get("/api/calendar/deadline?from=2026-08-28T09:00&workingDays=3"))
        .containsEntry("due", "2026-09-07T09:00:00+07:00");
    assertThat(get("/api/calendar/deadline?from=2025-12-31T09:00&workingDays=3"))
        .containsEntry("due", "2026-01-07T09:00:00+07:00");
    // the make-up Saturdays count: Fri 21/8 09:00 + 1 day is Sat 22/8; Fri 9/1 + 1 is Sat 10/1
    assertThat(get("/api/calendar/deadline?from=2026-08-21T09:00&workingDays=1"))
        .containsEntry("due", "2026-08-22T09:00:00+07:00");
    assertThat(get("/api/calendar/deadline?from=2026-01-09T09:00&workingDays=1"))
        .containsEntry("due", "2026-01-10T09:00:00+07:00");
    assertThat(
            jdbc.sql(
                    "select reason from holiday_announcement_change where announced_year = 2026"
                        + " and changed_by = 'system-migration'")
                .query(String.class)
                .single())
        .contains("12729/VPCP-KGVX", "9441/TB-BNV");
  }

  @Test
  void deadlinesSkipTetAndAnswerWithOffsets() {
    assertThat(get("/api/calendar/deadline?from=2026-02-13T09:00&workingDays=3"))
        .containsEntry("from", "2026-02-13T09:00:00+07:00")
        .containsEntry("due", "2026-02-25T09:00:00+07:00");
    assertThat(get("/api/calendar/deadline?from=2026-02-13T02:00:00Z&workingDays=3"))
        .containsEntry("due", "2026-02-25T09:00:00+07:00");
    assertThat(get("/api/calendar/deadline?from=2026-02-13T15:00:00+07:00&workingHours=4"))
        .containsEntry("due", "2026-02-23T09:30:00+07:00");
    assertThat(get("/api/calendar/working-time?from=2026-02-13T09:00&to=2026-02-23T09:00"))
        .containsEntry("workingMinutes", 480);
  }

  @Test
  void badParametersAreProblemsNeverServerErrors() {
    assertBadRequest("/api/calendar/holidays?year=abc", "year");
    assertBadRequest("/api/calendar/holidays?year=3000", "year");
    assertBadRequest("/api/calendar/holidays", "year");
    assertBadRequest("/api/calendar/working-day?date=2026-02-30", "date");
    assertBadRequest("/api/calendar/deadline?from=yesterday&workingDays=1", "from");
    assertBadRequest("/api/calendar/deadline?from=2026-02-13T09:00", "workingDays");
    assertBadRequest(
        "/api/calendar/deadline?from=2026-02-13T09:00&workingDays=1&workingHours=2", "workingDays");
    assertBadRequest("/api/calendar/deadline?from=2026-02-13T09:00&workingDays=-1", "workingDays");
    assertBadRequest("/api/calendar/working-time?from=2026-02-13T09:00", "to");
  }

  @Test
  void administratorAnnouncesAYearAndTheCalendarFollows() {
    Map<String, Object> body =
        Map.of(
            "reason",
            "Thông báo nghỉ Tết (kiểm thử)",
            "days",
            List.of(
                Map.of(
                    "date",
                    TEST_YEAR + "-02-01",
                    "name",
                    "Tết (công bố)",
                    "kind",
                    "HOLIDAY",
                    "occasion",
                    "TET"),
                Map.of(
                    "date",
                    TEST_YEAR + "-02-07",
                    "name",
                    "Làm bù",
                    "kind",
                    "MAKE_UP_WORKING_DAY",
                    "occasion",
                    "TET")));
    ResponseEntity<Map<String, Object>> put = put("admin", body);
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(kinds(TEST_YEAR))
        .contains(day(TEST_YEAR + "-02-01", "HOLIDAY", "ANNOUNCEMENT"))
        .contains(day(TEST_YEAR + "-01-01", "HOLIDAY", "RULE"));
    assertThat(holidays(TEST_YEAR))
        .noneSatisfy(
            day ->
                assertThat(day)
                    .containsEntry("source", "RULE")
                    .satisfies(d -> assertThat((String) d.get("name")).contains("Nguyên đán")));
    assertThat(get("/api/calendar/working-day?date=" + TEST_YEAR + "-02-07"))
        .containsEntry("working", true);
    assertThat(
            jdbc.sql(
                    "select count(*) from holiday_announcement_change where announced_year = ?"
                        + " and changed_by = 'admin'")
                .param(TEST_YEAR)
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void onlyAdministratorsAnnounceAndBadDaysAreRefused() {
    Map<String, Object> body =
        Map.of(
            "reason",
            "x",
            "days",
            List.of(
                Map.of(
                    "date",
                    TEST_YEAR + "-02-03",
                    "name",
                    "Sai",
                    "kind",
                    "MAKE_UP_WORKING_DAY",
                    "occasion",
                    "TET")));
    assertThat(put("tiepnhan.anbinh", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            http.exchange(
                    "/api/calendar/announcements/" + TEST_YEAR,
                    HttpMethod.PUT,
                    new HttpEntity<>(body),
                    JSON)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map<String, Object>> weekdayMakeUp = put("admin", body);
    assertThat(weekdayMakeUp.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weekdayMakeUp.getBody().toString()).contains("days[0].date");
    ResponseEntity<Map<String, Object>> noReason =
        put("admin", Map.of("reason", "", "days", List.of()));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().toString()).contains("reason");
  }

  private ResponseEntity<Map<String, Object>> put(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(
            "/api/calendar/announcements/" + TEST_YEAR,
            HttpMethod.PUT,
            new HttpEntity<>(body),
            JSON);
  }

  private List<Map<String, Object>> holidays(int year) {
    ResponseEntity<List<Map<String, Object>>> response =
        http.exchange("/api/calendar/holidays?year=" + year, HttpMethod.GET, null, JSON_LIST);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** The year's days as date, kind and source, without names. */
  private List<Map<String, Object>> kinds(int year) {
    return holidays(year).stream()
        .map(d -> Map.of("date", d.get("date"), "kind", d.get("kind"), "source", d.get("source")))
        .toList();
  }

  private Map<String, Object> get(String path) {
    ResponseEntity<Map<String, Object>> response = http.exchange(path, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private void assertBadRequest(String path, String field) {
    ResponseEntity<Map<String, Object>> response = http.exchange(path, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("status", 400);
    assertThat(response.getBody().toString()).as(path).contains(field);
  }

  private static Map<String, Object> day(String date, String kind, String source) {
    return Map.of("date", date, "kind", kind, "source", source);
  }
}
