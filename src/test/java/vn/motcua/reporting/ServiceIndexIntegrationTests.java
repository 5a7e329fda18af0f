package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.reporting.TanLapDesk.RECEPTION;
import static vn.motcua.reporting.TanLapDesk.TAN_LAP;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Decision 766 as the national portal scores it, and reports that never count the future, over
 * December 2030 at UBND xã Tân Lập (business household registration, 3 working days; office hours
 * 07:30-11:30 and 13:00-17:00), the clock on Thursday 19 December 10:00. Real dossiers through the
 * real engine on PostgreSQL, the engine clock moved forward:
 *
 * <ul>
 *   <li>Mon 2/12 09:00, due Thu 5/12 09:00: one returned early (Tue 3/12), one on time (Thu 5/12
 *       08:30), one late (Fri 6/12 10:00); the first two scanned as digitised originals at the desk
 *       and their results digitised on return, the third scanned as a plain copy only and its
 *       result not digitised;
 *   <li>Mon 2/12 09:00: one submitted online and never accepted (its provisional due date has
 *       passed: still never overdue, its legal clock has not started);
 *   <li>Mon 9/12 09:00: one at the desk, accepted and left open: due Thu 12/12 09:00, overdue now;
 *       scanned as a digitised original only today;
 *   <li>Mon 9/12 09:00: one submitted online, accepted at 09:30 (due Thu 12/12 09:30) and returned
 *       early on Tue 10/12, its result digitised;
 *   <li>Tue 17/12 09:00: one at the desk, due Fri 20/12 09:00: tomorrow, so in progress on time in
 *       every report read today, whatever the period's end.
 * </ul>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceIndexIntegrationTests {

  private static final String DECEMBER = "agency=" + TAN_LAP + "&from=2030-12-01&to=2030-12-31";
  private static final LocalDateTime NOW = LocalDateTime.of(2030, 12, 19, 10, 0);

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  private TanLapDesk desk;
  private String pending;
  private String overdue;
  private String notYetDue;

  @BeforeAll
  void december() {
    desk = new TanLapDesk(engine, http);
    LocalDateTime monday = LocalDateTime.of(2030, 12, 2, 9, 0);
    String early = desk.receive(monday, "COUNTER");
    String onTime = desk.receive(monday, "COUNTER");
    String late = desk.receive(monday, "COUNTER");
    pending = desk.receive(monday, "ONLINE");
    desk.scan(early, true);
    desk.scan(onTime, true);
    desk.scan(late, false);
    DemoData.setClock(LocalDateTime.of(2030, 12, 3, 10, 0));
    desk.resolve(early, LocalDateTime.of(2030, 12, 3, 10, 0), true);
    desk.resolve(onTime, LocalDateTime.of(2030, 12, 5, 8, 30), true);
    desk.resolve(late, LocalDateTime.of(2030, 12, 6, 10, 0), false);

    overdue = desk.receive(LocalDateTime.of(2030, 12, 9, 9, 0), "COUNTER");
    desk.work(overdue, RECEPTION, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    String online = desk.receive(LocalDateTime.of(2030, 12, 9, 9, 0), "ONLINE");
    DemoData.setClock(LocalDateTime.of(2030, 12, 9, 9, 30));
    desk.resolve(online, LocalDateTime.of(2030, 12, 10, 10, 0), true);

    notYetDue = desk.receive(LocalDateTime.of(2030, 12, 17, 9, 0), "COUNTER");
    DemoData.setClock(NOW);
    desk.scan(overdue, true); // digitised late: today, not before the 10th
  }

  /**
   * The dossiers still open are withdrawn on 19 December, so none is carried over into the periods
   * other tests read at Tân Lập.
   */
  @AfterAll
  void withdrawTheOpenOnes() {
    DemoData.setClock(NOW);
    for (String code : List.of(pending, overdue, notYetDue)) {
      desk.post(code, "withdrawal", Map.of("reason", "Kết thúc kiểm thử"));
    }
    desk.end();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOnlineSubmissionCountsFromSubmissionAndNothingIsOverdueBeforeItsDue() {
    Map<String, Object> report = desk.get("thanhtra.tinh", "/api/reports/statistics?" + DECEMBER);
    assertThat((List<Map<String, Object>>) report.get("rows"))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("carriedOver", 0)
                    .containsEntry("receivedOnline", 2)
                    .containsEntry("receivedDirect", 5)
                    .containsEntry("received", 7)
                    .containsEntry("resolvedEarly", 2)
                    .containsEntry("resolvedOnTime", 1)
                    .containsEntry("resolvedLate", 1)
                    .containsEntry("resolved", 4)
                    .containsEntry("withdrawn", 0)
                    .containsEntry("closedNoSupplement", 0)
                    // due tomorrow 09:00: not overdue today though the period ends on the 31st
                    .containsEntry("inProgressOnTime", 1)
                    .containsEntry("inProgressOverdue", 1)
                    .containsEntry("inProgress", 2)
                    // submitted online on 2/12, never accepted: received online, never overdue
                    .containsEntry("pendingAcceptance", 1)
                    .containsEntry("refused", 0)
                    .containsEntry("apologised", 0));

    String csv =
        new String(
            http.withBasicAuth("thanhtra.tinh", PASSWORD)
                .exchange(
                    "/api/reports/statistics?format=csv&" + DECEMBER,
                    HttpMethod.GET,
                    null,
                    byte[].class)
                .getBody(),
            StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("Chờ tiếp nhận (nộp trực tuyến)")
        .contains(
            "UBND xã Tân Lập,Đăng ký thành lập hộ kinh doanh,7,0,2,5,4,2,1,1,0,0,2,1,1,1,0,0");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aReportEndingNextWeekCountsOverdueOnlyWhatIsOverdueNow() {
    // 16 to 27 December (Friday next week), read on Thursday 19th: the one due Friday 20th is on
    // time, the one due on the 12th is overdue, the online one awaiting acceptance is neither
    Map<String, Object> report =
        desk.get(
            "thanhtra.tinh",
            "/api/reports/statistics?agency=" + TAN_LAP + "&from=2030-12-16&to=2030-12-27");
    assertThat((List<Map<String, Object>>) report.get("rows"))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("carriedOver", 2)
                    .containsEntry("receivedDirect", 1)
                    .containsEntry("inProgressOnTime", 1)
                    .containsEntry("inProgressOverdue", 1)
                    .containsEntry("pendingAcceptance", 1));

    Map<String, Object> overview = desk.get("thanhtra.tinh", "/api/reports/overview?" + DECEMBER);
    assertThat((Map<String, Object>) overview.get("periodTotals"))
        .containsEntry("inProgressOnTime", 1)
        .containsEntry("inProgressOverdue", 1)
        .containsEntry("pendingAcceptance", 1);
    assertThat((List<Map<String, Object>>) overview.get("overdue"))
        .extracting(o -> o.get("code"))
        .contains(overdue)
        .doesNotContain(notYetDue, pending);

    // the same report read on Friday 20th at 10:00, after its due hour, counts it overdue
    DemoData.setClock(LocalDateTime.of(2030, 12, 20, 10, 0));
    try {
      Map<String, Object> friday = desk.get("thanhtra.tinh", "/api/reports/statistics?" + DECEMBER);
      assertThat((Map<String, Object>) friday.get("total"))
          .containsEntry("inProgressOnTime", 0)
          .containsEntry("inProgressOverdue", 2)
          .containsEntry("pendingAcceptance", 1);
    } finally {
      DemoData.setClock(NOW);
    }
  }

  /**
   * Every indicator of Tân Lập's December with its numerator, denominator and points: the rates
   * score {@code min(R / target, 1) × points} (targets: on time 100%, digitised 100%, online 50%).
   */
  @Test
  @SuppressWarnings("unchecked")
  void decision766ScoresEveryIndicatorAsThePortalDoes() {
    List<Map<String, Object>> index =
        desk.list("thanhtra.tinh", "/api/reports/service-index?" + DECEMBER);
    Map<String, Object> tanLap =
        index.stream().filter(a -> TAN_LAP.equals(a.get("agency"))).findFirst().orElseThrow();
    Map<String, Map<String, Object>> byId = new HashMap<>();
    ((List<Map<String, Object>>) tanLap.get("indicators"))
        .forEach(i -> byId.put((String) i.get("id"), i));
    assertThat(byId)
        .containsOnlyKeys(
            "published",
            "on-time",
            "digitised",
            "results-digitised",
            "data-reuse",
            "submitted-online",
            "paid-online",
            "satisfaction",
            "apology");

    // (2 early + 1 on time + 1 in progress on time) / (4 resolved + 2 in progress) × 20
    assertThat(byId.get("on-time"))
        .containsEntry("group", "progress")
        .containsEntry("numerator", 4)
        .containsEntry("denominator", 6)
        .containsEntry("ratio", 0.6667)
        .containsEntry("target", 1.0)
        .containsEntry("maxPoints", 20.0)
        .containsEntry("points", 13.33);
    // of the 5 received at the desk, 3 scanned as digitised originals (a plain copy is not)
    assertThat(byId.get("digitised"))
        .containsEntry("group", "digitisation")
        .containsEntry("numerator", 3)
        .containsEntry("denominator", 5)
        .containsEntry("ratio", 0.6)
        .containsEntry("maxPoints", 8.0)
        .containsEntry("points", 4.8);
    // of the 4 results returned, 3 digitised on return: 75% × 8
    assertThat(byId.get("results-digitised"))
        .containsEntry("group", "digitisation")
        .containsEntry("numerator", 3)
        .containsEntry("denominator", 4)
        .containsEntry("ratio", 0.75)
        .containsEntry("target", 1.0)
        .containsEntry("maxPoints", 8.0)
        .containsEntry("points", 6.0);
    // 2 online (one awaiting acceptance) of 7 received: 28.57% of a 50% target × 12
    assertThat(byId.get("submitted-online"))
        .containsEntry("group", "online")
        .containsEntry("numerator", 2)
        .containsEntry("denominator", 7)
        .containsEntry("ratio", 0.2857)
        .containsEntry("target", 0.5)
        .containsEntry("maxPoints", 12.0)
        .containsEntry("points", 6.86);
    // apart: the late one and the overdue one, neither with an apology letter; no 766 points
    assertThat(byId.get("apology"))
        .containsEntry("group", "reform-index")
        .containsEntry("numerator", 0)
        .containsEntry("denominator", 2)
        .containsEntry("ratio", 0.0)
        .containsEntry("inIndex", false)
        .doesNotContainKeys("points", "maxPoints");
    Map<String, Double> unmeasured =
        Map.of(
            "published", 18.0,
            "data-reuse", 6.0,
            "paid-online", 10.0);
    unmeasured.forEach(
        (id, points) ->
            assertThat(byId.get(id))
                .as(id)
                .containsEntry("maxPoints", points)
                .containsEntry("inIndex", true)
                .doesNotContainKeys("numerator", "denominator", "ratio", "points")
                .hasEntrySatisfying("unmeasured", why -> assertThat((String) why).isNotBlank()));
    // the ratings: none of the 4 returned dossiers rated, so no rate and no points yet
    assertThat(byId.get("satisfaction"))
        .containsEntry("group", "satisfaction")
        .containsEntry("numerator", 0)
        .containsEntry("denominator", 0)
        .containsEntry("notRated", 4)
        .containsEntry("maxPoints", 18.0)
        .doesNotContainKeys("ratio", "points", "unmeasured");
    // 13.33 + 4.80 + 6.00 + 6.86 of the 48 points measured; the index has 100
    assertThat(tanLap)
        .containsEntry("points", 30.99)
        .containsEntry("measuredMaxPoints", 48.0)
        .containsEntry("maxPoints", 100.0);

    // 1 to 10 December: the one scanned today was not digitised by the period's end
    Map<String, Object> firstTenDays =
        desk
            .list(
                "thanhtra.tinh",
                "/api/reports/service-index?agency=" + TAN_LAP + "&from=2030-12-01&to=2030-12-10")
            .stream()
            .filter(a -> TAN_LAP.equals(a.get("agency")))
            .findFirst()
            .orElseThrow();
    assertThat((List<Map<String, Object>>) firstTenDays.get("indicators"))
        .filteredOn(i -> "digitised".equals(i.get("id")))
        .singleElement()
        .satisfies(
            i -> assertThat(i).containsEntry("numerator", 2).containsEntry("denominator", 4));

    String csv =
        new String(
            http.withBasicAuth("thanhtra.tinh", PASSWORD)
                .exchange(
                    "/api/reports/service-index?format=csv&" + DECEMBER,
                    HttpMethod.GET,
                    null,
                    byte[].class)
                .getBody(),
            StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("Mục tiêu", "Lý do chưa đo", "Tổng điểm Bộ chỉ số 766 (các chỉ số đã đo)")
        .contains("Chỉ số cải cách hành chính (ngoài Bộ chỉ số 766)")
        .contains("30.99");
  }
}
