package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.reporting.TimedDossiers.PROCEDURE;
import static vn.motcua.reporting.TimedDossiers.TAN_LAP;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.IntegrationTest;
import vn.motcua.PageSession;

/**
 * The procedure diagram page's table over May 2033 at UBND xã Tân Lập, from three business
 * household registrations with known step times ({@link TimedDossiers}): the result return is red
 * (median 4 h against 2 h), the appraisal amber (7 h of 8 h), reception and issue green; the same
 * figures in English; another commune's official is refused; an unknown procedure is not found.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcedureDiagramIntegrationTests {

  private static final String MAY = "agency=" + TAN_LAP + "&from=2033-05-01&to=2033-05-31";
  private static final String PAGE = "/reports/procedures/" + PROCEDURE + "/diagram?" + MAY;

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  private TimedDossiers dossiers;

  @BeforeAll
  void threeDossiersOfMay() {
    dossiers = new TimedDossiers(engine, http);
    dossiers.driveFrom(LocalDate.of(2033, 5, 10));
  }

  @AfterAll
  void endThem() {
    dossiers.end();
  }

  @Test
  void theTableColoursEachStepByItsMedianAgainstTheBudget() {
    String html = PageSession.login(port, "thanhtra.tinh", PASSWORD).page(PAGE);
    assertThat(html)
        .contains("Đăng ký thành lập hộ kinh doanh", "Phiên bản 1 · mã thủ tục 1.001612");
    assertThat(row(html, "Task_ResultReturn"))
        .contains("class=\"delay-red\"", "data-colour=\"delay-red\"")
        .contains("data-overlay-head=\"4 / 2 giờ\"", "data-overlay-detail=\"p90 7,2 giờ · n = 3\"");
    assertThat(cells(html, "Task_ResultReturn"))
        .containsExactly("Trả kết quả", "3", "4", "2", "7,2", "200 %", "Trung vị vượt định mức");
    assertThat(row(html, "Task_Appraisal")).contains("class=\"delay-amber\"");
    assertThat(cells(html, "Task_Appraisal"))
        .containsExactly(
            "Thẩm định hồ sơ", "3", "7", "8", "7", "88 %", "Trung vị trên 75% đến hết định mức");
    assertThat(row(html, "Task_Reception")).contains("class=\"delay-green\"");
    assertThat(cells(html, "Task_Reception"))
        .containsExactly(
            "Tiếp nhận hồ sơ", "3", "0", "2", "0", "0 %", "Trung vị không quá 75% định mức");
    assertThat(row(html, "Task_IssueCertificate")).contains("class=\"delay-green\"");
    assertThat(cells(html, "Task_IssueApology"))
        .as("the apology letter of the deadline ladder: no dossier was late, no budget")
        .containsExactly(
            "Ban hành văn bản xin lỗi, hẹn lại (mẫu 04)",
            "0",
            "–",
            "–",
            "–",
            "–",
            "Không có bước nào hoàn thành trong kỳ");
    // the diagram itself: the deployed BPMN, for bpmn-js to draw
    assertThat(html).contains("bpmn-navigated-viewer.production.min.js").contains("bpmn:userTask");
  }

  @Test
  void theSameFiguresReadInEnglish() {
    String html = PageSession.login(port, "chutich.tanlap", PASSWORD).page(PAGE + "&lang=en");
    assertThat(row(html, "Task_ResultReturn"))
        .contains("class=\"delay-red\"", "data-overlay-detail=\"p90 7.2 h · n = 3\"");
    assertThat(cells(html, "Task_ResultReturn"))
        .containsExactly("Trả kết quả", "3", "4", "2", "7.2", "200 %", "Median over the budget");
  }

  @Test
  void aStepWithoutCompletedWorkInThePeriodIsGrey() {
    String html =
        PageSession.login(port, "thanhtra.tinh", PASSWORD)
            .page(
                "/reports/procedures/"
                    + PROCEDURE
                    + "/diagram?agency="
                    + TAN_LAP
                    + "&from=2033-04-01&to=2033-04-30");
    assertThat(row(html, "Task_ResultReturn"))
        .contains("class=\"delay-grey\"")
        .doesNotContain("data-overlay-head");
    assertThat(cells(html, "Task_ResultReturn"))
        .containsExactly(
            "Trả kết quả", "0", "–", "2", "–", "–", "Không có bước nào hoàn thành trong kỳ");
  }

  @Test
  void anotherCommunesOfficialIsRefusedAndAnUnknownProcedureIsNotFound() {
    PageSession hoaPhu = PageSession.login(port, "hotich.hoaphu", PASSWORD);
    HttpResponse<String> refused = hoaPhu.get(PAGE);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .contains("Bạn không được xem báo cáo của cơ quan &quot;" + TAN_LAP + "&quot;.")
        .doesNotContain("Task_ResultReturn");
    PageSession inspector = PageSession.login(port, "thanhtra.tinh", PASSWORD);
    HttpResponse<String> unknown = inspector.get("/reports/procedures/no-such-procedure/diagram");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Không có thủ tục &quot;no-such-procedure&quot;.");
    assertThat(inspector.get("/reports/procedures/supplement-deadline/diagram").statusCode())
        .as("a support process is no procedure")
        .isEqualTo(404);
  }

  @Test
  void theDashboardLinksEachProcedureToItsDiagram() {
    String html = PageSession.login(port, "thanhtra.tinh", PASSWORD).page("/dashboard?" + MAY);
    assertThat(html)
        .contains(
            "href=\"/reports/procedures/"
                + PROCEDURE
                + "/diagram?agency="
                + TAN_LAP
                + "&amp;from=2033-05-01&amp;to=2033-05-31\"");
  }

  private static String row(String html, String activityId) {
    Matcher row =
        Pattern.compile("<tr id=\"step-" + activityId + "\".*?</tr>", Pattern.DOTALL).matcher(html);
    assertThat(row.find()).as("table row of %s", activityId).isTrue();
    return row.group().replaceAll(">\\s+<", "><");
  }

  /** The texts of the row's cells, in order. */
  private static List<String> cells(String html, String activityId) {
    Matcher cell =
        Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row(html, activityId));
    List<String> texts = new ArrayList<>();
    while (cell.find()) {
      texts.add(cell.group(1).strip());
    }
    return texts;
  }
}
