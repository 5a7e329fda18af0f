package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.documents.PaperTexts.htmlText;
import static vn.motcua.documents.PaperTexts.pdfText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * Form 07 as a register over a period (issue 20): one row per dossier the agency received in the
 * period, in HTML, PDF and XLSX; for the agency's desk, unit heads and supervisors only.
 */
@IntegrationTest
class DossierRegisterIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String PERIOD = "agency=" + AN_BINH + "&from=2026-10-12&to=2026-10-13";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  private OpenDossiers open;
  private String before;
  private String monday;
  private String tuesday;
  private String after;
  private String otherAgency;
  private String refused;

  /**
   * Friday 9/10, Monday 12/10 (returned the next day), Tuesday 13/10, Wednesday 14/10 at An Bình; a
   * Monday dossier at Hòa Phú and one refused at An Bình's desk on Monday.
   */
  @BeforeEach
  void dossiersAroundThePeriod() {
    open = new OpenDossiers(http);
    at(2026, 10, 9, 9, 0);
    before = receive(AN_BINH, "tiepnhan.anbinh");
    at(2026, 10, 12, 9, 0);
    monday = receive(AN_BINH, "tiepnhan.anbinh");
    otherAgency = receive(HOA_PHU, "tiepnhan.hoaphu");
    refused = receive(AN_BINH, "tiepnhan.anbinh");
    work(
        "tiepnhan.anbinh",
        refused,
        "Task_Reception",
        Map.of("receptionDecision", "REFUSE", "receptionNote", "Sai thẩm quyền"));
    at(2026, 10, 12, 9, 30);
    work("tiepnhan.anbinh", monday, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    at(2026, 10, 12, 10, 0);
    work(
        "hotich.anbinh",
        monday,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đủ điều kiện"));
    at(2026, 10, 12, 11, 0);
    work(
        "chutich.anbinh",
        monday,
        "Task_Approval",
        Map.of("approvalDecision", "APPROVE", "approvalNote", "Đồng ý"));
    at(2026, 10, 13, 8, 0);
    work("tiepnhan.anbinh", monday, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));
    at(2026, 10, 13, 10, 0);
    tuesday = receive(AN_BINH, "tiepnhan.anbinh");
    at(2026, 10, 14, 9, 0);
    after = receive(AN_BINH, "tiepnhan.anbinh");
    at(2026, 10, 15, 9, 0);
  }

  @AfterEach
  void withdrawWhatIsStillOpen() {
    try {
      open.withdrawWhatIsStillOpen();
    } finally {
      DemoData.resetClock();
    }
  }

  @Test
  void registerListsTheDossiersReceivedInThePeriodInHtmlPdfAndXlsx() throws IOException {
    ResponseEntity<byte[]> html = register("tiepnhan.anbinh", PERIOD + "&format=html");
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<byte[]> pdf = register("tiepnhan.anbinh", PERIOD + "&format=pdf");
    assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF))
        .isTrue();
    for (String text : List.of(htmlText(html.getBody()), pdfText(pdf.getBody()))) {
      assertThat(text)
          .containsSubsequence(monday, tuesday)
          .doesNotContain(before, after, otherAgency, refused)
          .contains("12/10/2026 đến ngày 13/10/2026")
          .contains("Xã An Bình, ngày 15 tháng 10 năm 2026");
    }
    assertThat(htmlText(html.getBody()))
        .contains("Sổ theo dõi hồ sơ", "Người nhận kết quả (ký, ghi rõ họ tên)");

    ResponseEntity<byte[]> xlsx = register("tiepnhan.anbinh", PERIOD + "&format=xlsx");
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    List<List<String>> rows = table(xlsx.getBody());
    assertThat(rows.get(0))
        .containsExactly(
            "STT",
            "Mã hồ sơ",
            "Người nộp hồ sơ",
            "Ngày nhận",
            "Ngày hẹn trả",
            "Chuyển đến",
            "Ngày trả kết quả",
            "Người nhận kết quả (ký, ghi rõ họ tên)",
            "Ghi chú");
    List<String> codes = rows.stream().skip(1).map(row -> row.get(1)).toList();
    assertThat(codes)
        .containsSubsequence(monday, tuesday)
        .doesNotContain(before, after, otherAgency, refused);
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row.get(3)).matches("\\d\\d:\\d\\d 1[23]/10/2026");
    }
    List<String> returned = rows.get(codes.indexOf(monday) + 1);
    assertThat(returned.subList(2, 5))
        .containsExactly("Nguyễn Văn An", "09:00 12/10/2026", "17:00 12/10/2026");
    assertThat(returned.get(5).split("\n"))
        .containsExactly(
            "09:30 12/10/2026: Thẩm định hồ sơ – Trần Minh Tuấn",
            "10:00 12/10/2026: Phê duyệt, ký – Lê Văn Quang",
            "11:00 12/10/2026: Trả kết quả – Nguyễn Thị Lan");
    assertThat(returned.subList(6, 9))
        .containsExactly("08:00 13/10/2026", "", "Đã trả kết quả – Trễ hạn");
    List<String> pending = rows.get(codes.indexOf(tuesday) + 1);
    assertThat(pending.get(5)).isEmpty();
    assertThat(pending.subList(6, 9)).containsExactly("", "", "Đã tiếp nhận");
  }

  @Test
  void unitHeadsAndSupervisorsMayReadItOtherAgenciesAndRolesMayNot() {
    assertThat(register("vanphong.anbinh", PERIOD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(register("thanhtra.tinh", PERIOD).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String user : List.of("tiepnhan.hoaphu", "hotich.anbinh", "chutich.anbinh")) {
      ResponseEntity<Map<String, Object>> problem = problem(user, PERIOD + "&format=xlsx");
      assertThat(problem.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(problem.getBody())
          .containsEntry("title", "Không được xem sổ theo dõi hồ sơ")
          .containsEntry("agency", AN_BINH);
    }
  }

  @Test
  void badDatesAreBadRequestsInVietnamese() {
    ResponseEntity<Map<String, Object>> unreadable =
        problem("tiepnhan.anbinh", "agency=" + AN_BINH + "&from=2026-13-01&to=2026-10-13");
    assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unreadable.getBody().toString()).contains("from");

    ResponseEntity<Map<String, Object>> doc = problem("tiepnhan.anbinh", PERIOD + "&format=doc");
    assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(doc.getBody().get("errors").toString()).contains("format", "html, pdf hoặc xlsx");

    ResponseEntity<Map<String, Object>> backwards =
        problem("tiepnhan.anbinh", "agency=" + AN_BINH + "&from=2026-10-13&to=2026-10-12");
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody())
        .containsEntry("title", "Thời gian không hợp lệ")
        .containsEntry(
            "detail",
            "Thời gian theo dõi không hợp lệ: từ ngày 2026-10-13 đến ngày 2026-10-12 (ngày cuối"
                + " không được trước ngày đầu, tối đa một năm).");
  }

  @Test
  void aDossiersLogLinkOpensTheRegisterOfTheDayItWasReceived() throws IOException {
    // the client follows the redirect to /api/papers/07?agency=…&from=2026-10-12&to=2026-10-12
    ResponseEntity<byte[]> register =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .getForEntity("/api/dossiers/" + monday + "/papers/07?format=pdf", byte[].class);
    assertThat(register.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdfText(register.getBody()))
        .contains("SỔ THEO DÕI HỒ SƠ", monday, "12/10/2026 đến ngày 12/10/2026")
        .doesNotContain(tuesday);
  }

  private ResponseEntity<byte[]> register(String user, String query) {
    return http.withBasicAuth(user, PASSWORD).getForEntity("/api/papers/07?" + query, byte[].class);
  }

  private ResponseEntity<Map<String, Object>> problem(String user, String query) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
    return http.withBasicAuth(user, PASSWORD)
        .exchange("/api/papers/07?" + query, HttpMethod.GET, new HttpEntity<>(headers), JSON);
  }

  /** The sheet's table: from its header row ("STT") to its last row, every cell as text. */
  private static List<List<String>> table(byte[] xlsx) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      boolean inTable = false;
      for (Row row : sheet) {
        String first = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
        inTable = inTable || first.equals("STT");
        if (inTable && row.getLastCellNum() > 1) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
          }
          rows.add(cells);
        }
      }
      return rows;
    }
  }

  private String receive(String agency, String officer) {
    return open.receive(agency, officer);
  }

  private void work(String user, String code, String step, Map<String, Object> variables) {
    Officials.work(engine, user, code, step, variables);
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    DemoData.setClock(LocalDateTime.of(year, month, day, hour, minute));
  }
}
