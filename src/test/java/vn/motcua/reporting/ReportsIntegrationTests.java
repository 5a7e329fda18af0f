package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * The reports over March 2032 at UBND xã Tân Lập, business household registration (3 working days),
 * from dossiers driven through the real engine with the clock moved: one carried over from February
 * and returned early, one returned on the due day before the due hour (on time), one returned a day
 * late, one withdrawn, one still on time at the period's end, one overdue with an apology letter,
 * one refused at reception, and one received in April (outside). Every figure of the statistics
 * table and of the measured indicators is asserted exactly.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final String TAN_LAP = "000.00.03.H99";
  private static final String PROCEDURE = "business-household-registration";
  private static final String RECEPTION = "tiepnhan.tanlap";
  private static final String MARCH = "agency=" + TAN_LAP + "&from=2032-03-01&to=2032-03-31";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  private TanLapDesk desk;
  private String overdue;

  @BeforeAll
  void dossiersOfMarch() {
    desk = new TanLapDesk(engine, http);
    String carried = receive(2032, 2, 26);
    resolve(carried, LocalDateTime.of(2032, 3, 1, 10, 0)); // due Tue 2 March 09:00: early
    resolve(receive(2032, 3, 8), LocalDateTime.of(2032, 3, 11, 8, 30)); // due Thu 09:00: on time
    resolve(receive(2032, 3, 8), LocalDateTime.of(2032, 3, 12, 10, 0)); // a day late
    String withdrawn = receive(2032, 3, 15);
    clock(2032, 3, 16, 10);
    post(withdrawn, "withdrawal", Map.of("reason", "Người nộp xin rút hồ sơ"));
    receive(2032, 3, 29); // due Thu 1 April 09:00: on time at the end of March
    overdue = receive(2032, 3, 22); // due Thu 25 March 09:00
    clock(2032, 3, 24, 10);
    post(
        overdue, "extension", Map.of("reason", "Chờ xác minh", "newDueAt", "2032-03-30T02:00:00Z"));
    String refused = receive(2032, 3, 9);
    work(
        refused,
        RECEPTION,
        "Task_Reception",
        Map.of(
            "receptionDecision",
            "REFUSE",
            "receptionNote",
            "Ngành nghề kinh doanh không được phép"));
    receive(2032, 4, 5);
    clock(2032, 4, 2, 10);
  }

  @AfterAll
  void endOpenDossiers() {
    desk.end();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theStatisticsTableCountsEveryDossierOnce() {
    Map<String, Object> report = get("thanhtra.tinh", "/api/reports/statistics?" + MARCH);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get("rows");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .containsEntry("agency", TAN_LAP)
        .containsEntry("agencyName", "UBND xã Tân Lập")
        .containsEntry("procedure", PROCEDURE)
        .containsEntry("carriedOver", 1)
        .containsEntry("receivedOnline", 0)
        .containsEntry("receivedDirect", 5)
        .containsEntry("received", 6)
        .containsEntry("resolvedEarly", 1)
        .containsEntry("resolvedOnTime", 1)
        .containsEntry("resolvedLate", 1)
        .containsEntry("resolved", 3)
        .containsEntry("withdrawn", 1)
        .containsEntry("closedNoSupplement", 0)
        .containsEntry("inProgressOnTime", 1)
        .containsEntry("inProgressOverdue", 1)
        .containsEntry("inProgress", 2)
        .containsEntry("pendingAcceptance", 0)
        .containsEntry("refused", 1)
        .containsEntry("apologised", 1);
    assertThat((Map<String, Object>) report.get("total")).containsEntry("received", 6);

    Map<String, Object> february =
        get(
            "chutich.tanlap",
            "/api/reports/statistics?agency="
                + TAN_LAP
                + "&from=2032-02-01&to=2032-02-29&procedure="
                + PROCEDURE);
    assertThat((List<Map<String, Object>>) february.get("rows"))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("receivedDirect", 1)
                    .containsEntry("inProgressOnTime", 1)
                    .containsEntry("resolved", 0));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aDossierFinishedAfterThePeriodCountsAsInProgressAtItsEnd() {
    // 1 to 11 March: the late one (due Thu 11 March 09:00, returned Fri 12) is overdue at the end;
    // the on-time one returned on the 11th; the one carried over from February returned early;
    // the one refused at reception on 9 March
    Map<String, Object> report =
        get(
            "thanhtra.tinh",
            "/api/reports/statistics?agency=" + TAN_LAP + "&from=2032-03-01&to=2032-03-11");
    assertThat((List<Map<String, Object>>) report.get("rows"))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("carriedOver", 1)
                    .containsEntry("receivedDirect", 2)
                    .containsEntry("resolvedEarly", 1)
                    .containsEntry("resolvedOnTime", 1)
                    .containsEntry("resolvedLate", 0)
                    .containsEntry("inProgressOnTime", 0)
                    .containsEntry("inProgressOverdue", 1)
                    .containsEntry("refused", 1)
                    .containsEntry("apologised", 0));
  }

  /**
   * The dossiers in progress now are the same whichever period the overview shows: counted on their
   * own after a period that has ended (March), summed from the period's dossiers in progress while
   * it runs (April, the clock on 2 April).
   */
  @Test
  @SuppressWarnings("unchecked")
  void theDossiersInProgressNowAreTheSameForAPeriodEndedOrRunning() {
    Map<String, Object> march = get("thanhtra.tinh", "/api/reports/overview?" + MARCH);
    Map<String, Object> april =
        get(
            "thanhtra.tinh",
            "/api/reports/overview?agency=" + TAN_LAP + "&from=2032-04-01&to=2032-04-30");
    Map<String, Number> now = (Map<String, Number>) april.get("inProgress");
    assertThat(now).isEqualTo(march.get("inProgress"));
    // the dossiers received on 29 March, 22 March (extended) and 5 April, at least
    assertThat(now.values().stream().mapToLong(Number::longValue).sum()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void rebuildingTheDayTotalsFromTheHistoryChangesNoFigure() {
    Map<String, Object> statistics = get("thanhtra.tinh", "/api/reports/statistics?" + MARCH);
    Map<String, Object> overview = get("thanhtra.tinh", "/api/reports/overview?" + MARCH);
    List<Map<String, Object>> delays =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange("/api/reports/delays?by=unit&" + MARCH, HttpMethod.GET, null, LIST)
            .getBody();
    assertThat(
            http.withBasicAuth("chutich.tanlap", PASSWORD)
                .postForEntity("/api/reports/totals/rebuild", null, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> rebuilt =
        http.withBasicAuth("admin", PASSWORD)
            .exchange("/api/reports/totals/rebuild", HttpMethod.POST, null, JSON);

    assertThat(rebuilt.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Number) rebuilt.getBody().get("dossiers")).longValue()).isPositive();
    assertThat(get("thanhtra.tinh", "/api/reports/statistics?" + MARCH)).isEqualTo(statistics);
    assertThat(get("thanhtra.tinh", "/api/reports/overview?" + MARCH)).isEqualTo(overview);
    assertThat(
            http.withBasicAuth("thanhtra.tinh", PASSWORD)
                .exchange("/api/reports/delays?by=unit&" + MARCH, HttpMethod.GET, null, LIST)
                .getBody())
        .isEqualTo(delays);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theServiceIndexShowsEachRatioWithItsFormula() {
    List<Map<String, Object>> index =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange("/api/reports/service-index?" + MARCH, HttpMethod.GET, null, LIST)
            .getBody();
    Map<String, Object> tanLap =
        index.stream().filter(a -> TAN_LAP.equals(a.get("agency"))).findFirst().orElseThrow();
    Map<String, Map<String, Object>> byId = new HashMap<>();
    ((List<Map<String, Object>>) tanLap.get("indicators"))
        .forEach(i -> byId.put((String) i.get("id"), i));
    // Decision 766 as the portal scores it: the one in progress on time counts, the overdue one
    // still open lowers it: (1 early + 1 on time + 1 in progress on time) / (3 resolved + 2 open)
    assertThat(byId.get("on-time"))
        .containsEntry("numerator", 3)
        .containsEntry("denominator", 5)
        .containsEntry("ratio", 0.6)
        .containsEntry("maxPoints", 20.0)
        .containsEntry("points", 12.0)
        .containsEntry("inIndex", true)
        .containsEntry(
            "formula",
            "(đã giải quyết trước hạn + đúng hạn + đang giải quyết trong hạn) / (đã giải quyết"
                + " + đang giải quyết); điểm = min(tỷ lệ / mục tiêu, 1) × điểm tối đa");
    // the apology is an item of the administrative-reform index: no points, not in the total
    assertThat(byId.get("apology"))
        .containsEntry("group", "reform-index")
        .containsEntry("numerator", 1)
        .containsEntry("denominator", 2)
        .containsEntry("ratio", 0.5)
        .containsEntry("inIndex", false)
        .doesNotContainKeys("points", "maxPoints");
    assertThat(byId.get("submitted-online"))
        .containsEntry("numerator", 0)
        .containsEntry("denominator", 5)
        .containsEntry("points", 0.0);
    // five received at the desk in March (the refused one was not taken up), none scanned
    assertThat(byId.get("digitised"))
        .containsEntry("numerator", 0)
        .containsEntry("denominator", 5)
        .containsEntry("points", 0.0);
    // measured from the applicants' ratings: none of the three returned in March was rated
    assertThat(byId.get("satisfaction"))
        .doesNotContainKeys("ratio", "points", "unmeasured")
        .containsEntry("numerator", 0)
        .containsEntry("denominator", 0)
        .containsEntry("notRated", 3)
        .containsEntry("maxPoints", 18.0);
    // three results returned in March, none marked digitised
    assertThat(byId.get("results-digitised"))
        .containsEntry("numerator", 0)
        .containsEntry("denominator", 3)
        .containsEntry("points", 0.0);
    assertThat(tanLap)
        .containsEntry("points", 12.0)
        .containsEntry("measuredMaxPoints", 48.0)
        .containsEntry("maxPoints", 100.0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOverviewListsTheOverdueDossierWithItsStepAndHolder() {
    Map<String, Object> overview = get("thanhtra.tinh", "/api/reports/overview?" + MARCH);
    Map<String, Object> trend = (Map<String, Object>) overview.get("trend");
    // weeks from Monday: 1, 8, 15, 22 and 29 March; the refused dossier is not received
    assertThat((List<Map<String, Object>>) trend.get("weeks"))
        .extracting(
            w ->
                List.of(
                    w.get("start"),
                    w.get("received"),
                    w.get("early"),
                    w.get("onTime"),
                    w.get("late")))
        .containsExactly(
            List.of("2032-03-01", 0, 1, 0, 0),
            List.of("2032-03-08", 2, 0, 1, 1),
            List.of("2032-03-15", 1, 0, 0, 0),
            List.of("2032-03-22", 1, 0, 0, 0),
            List.of("2032-03-29", 1, 0, 0, 0));
    assertThat((List<Map<String, Object>>) trend.get("months"))
        .singleElement()
        .satisfies(m -> assertThat(m).containsEntry("received", 5).containsEntry("late", 1));
    List<Map<String, Object>> late = (List<Map<String, Object>>) overview.get("overdue");
    assertThat(late).extracting(o -> o.get("code")).contains(overdue);
    Map<String, Object> mine =
        late.stream().filter(o -> overdue.equals(o.get("code"))).findFirst().orElseThrow();
    // due Thu 25 March 09:00, now Fri 2 April 10:00, office hours 07:30-11:30 and 13:00-17:00:
    // 6.5 h that Thursday, five whole days of 8 h, 2.5 h this morning = 49 working hours
    assertThat(mine)
        .containsEntry("step", "Tiếp nhận hồ sơ")
        .containsEntry("unit", TAN_LAP + ":reception")
        .containsEntry("unitName", "Tiếp nhận (một cửa) · UBND xã Tân Lập")
        .containsEntry("lateMinutes", 49 * 60);
  }

  @Test
  void delayAnalyticsRankTheResultReturnFirst() {
    List<Map<String, Object>> steps =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange("/api/reports/delays?by=step&" + MARCH, HttpMethod.GET, null, LIST)
            .getBody();
    // three results returned in March after 1020, 1410 and 1980 working minutes (budget 2 h);
    // reception, appraisal and issue were worked the minute they opened
    assertThat(steps)
        .extracting(s -> s.get("activityId"))
        .containsExactlyInAnyOrder(
            "Task_ResultReturn", "Task_Reception", "Task_Appraisal", "Task_IssueCertificate");
    assertThat(steps.get(0))
        .containsEntry("activityId", "Task_ResultReturn")
        .containsEntry("stepName", "Trả kết quả")
        .containsEntry("count", 3)
        .containsEntry("budgetMinutes", 120)
        .containsEntry("medianMinutes", 1410.0)
        .containsEntry("p90Minutes", 1866.0)
        .containsEntry("overBudget", 3)
        .containsEntry("overBudgetShare", 1.0)
        .containsEntry("totalOverrunMinutes", 4050)
        .containsEntry("medianToBudget", 11.75);
    assertThat(steps.stream().filter(s -> "Task_Reception".equals(s.get("activityId"))).findFirst())
        .get()
        .satisfies(s -> assertThat(s).containsEntry("count", 3).containsEntry("p90Minutes", 0.0));

    List<Map<String, Object>> officials =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange("/api/reports/delays?by=official&" + MARCH, HttpMethod.GET, null, LIST)
            .getBody();
    assertThat(officials.get(0))
        .containsEntry("official", RECEPTION)
        .containsEntry("officialName", "Đinh Thị Hương")
        .containsEntry("count", 6)
        .containsEntry("medianMinutes", 510.0)
        .containsEntry("totalOverrunMinutes", 4050);
  }

  @Test
  void supervisorsAndStaffSeeOnlyWhatTheyOversee() {
    assertThat(status("hotich.hoaphu", "/api/reports/statistics?" + MARCH))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("chutich.tanlap", "/api/reports/statistics?" + MARCH))
        .isEqualTo(HttpStatus.OK);
    assertThat(
            status(
                "thanhtra.tinh",
                "/api/reports/statistics?agency=" + TAN_LAP + "&from=2032-03-31&to=2032-03-01"))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(status("thanhtra.tinh", "/api/reports/statistics?from=yesterday"))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(status("thanhtra.tinh", "/api/reports/delays?format=pdf&" + MARCH))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(status("thanhtra.tinh", "/api/reports/delays?by=province&" + MARCH))
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void exportsCarryVietnameseHeadersAndTheSameFigures() throws IOException {
    ResponseEntity<byte[]> csv =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange(
                "/api/reports/statistics?format=csv&" + MARCH, HttpMethod.GET, null, byte[].class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\uFEFFCơ quan,Thủ tục,Tổng số hồ sơ nhận giải quyết,Kỳ trước chuyển qua")
        .contains(
            "UBND xã Tân Lập,Đăng ký thành lập hộ kinh doanh,6,1,0,5,3,1,1,1,1,0,2,1,1,0,1,1");

    ResponseEntity<byte[]> xlsx =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange(
                "/api/reports/statistics?format=xlsx&" + MARCH, HttpMethod.GET, null, byte[].class);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Kỳ trước chuyển qua");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("UBND xã Tân Lập");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(6.0);
    }

    // the overdue list and the delays by unit name units and officials as people read them
    String overdueCsv =
        new String(
            http.withBasicAuth("thanhtra.tinh", PASSWORD)
                .exchange(
                    "/api/reports/overview?format=csv&" + MARCH, HttpMethod.GET, null, byte[].class)
                .getBody(),
            StandardCharsets.UTF_8);
    assertThat(overdueCsv)
        .contains(overdue, "Tiếp nhận (một cửa) · UBND xã Tân Lập")
        .doesNotContain(TAN_LAP + ":reception");
    String byOfficial =
        new String(
            http.withBasicAuth("thanhtra.tinh", PASSWORD)
                .exchange(
                    "/api/reports/delays?by=official&format=csv&" + MARCH,
                    HttpMethod.GET,
                    null,
                    byte[].class)
                .getBody(),
            StandardCharsets.UTF_8);
    assertThat(byOfficial).contains("Đinh Thị Hương").doesNotContain(RECEPTION);
  }

  private String receive(int year, int month, int day) {
    return desk.receive(LocalDateTime.of(year, month, day, 9, 0), "COUNTER");
  }

  private void resolve(String code, LocalDateTime returnedAt) {
    desk.resolve(code, returnedAt);
  }

  private void work(String code, String user, String step, Map<String, Object> variables) {
    desk.work(code, user, step, variables);
  }

  private void post(String code, String action, Map<String, Object> body) {
    desk.post(code, action, body);
  }

  private Map<String, Object> get(String user, String path) {
    return desk.get(user, path);
  }

  private HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(
        http.withBasicAuth(user, PASSWORD)
            .exchange(path, HttpMethod.GET, null, JSON)
            .getStatusCode()
            .value());
  }

  private static void clock(int year, int month, int day, int hour) {
    DemoData.setClock(LocalDateTime.of(year, month, day, hour, 0));
  }
}
