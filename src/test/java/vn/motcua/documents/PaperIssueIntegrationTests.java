package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.documents.PaperTexts.htmlText;
import static vn.motcua.documents.PaperTexts.number;
import static vn.motcua.documents.PaperTexts.pdfText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * Papers as the templates have them (issue 20): the number and symbol, stable across prints and
 * counted per agency, paper and year; place and date; the refusal after appraisal; the apology
 * signed by the head by name (or on the head's behalf); the receipt listing what the desk received.
 */
@IntegrationTest
class PaperIssueIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  private OpenDossiers open;

  @BeforeEach
  void mondayMorning() {
    open = new OpenDossiers(http);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  }

  /** Withdraws what is still open, so that no open step is left behind. */
  @AfterEach
  void withdrawWhatIsStillOpen() {
    try {
      open.withdrawWhatIsStillOpen();
    } finally {
      DemoData.resetClock();
    }
  }

  @Test
  void numberIsStableAcrossPrintsAndCountsPerAgencyPaperAndYear() throws IOException {
    String first = receive(AN_BINH, "tiepnhan.anbinh");
    int n = number(pdfText(get("tiepnhan.anbinh", first, "01", "pdf")), "GTN-UBND");
    assertThat(number(htmlText(get("tiepnhan.anbinh", first, "01", "html")), "GTN-UBND"))
        .isEqualTo(n);
    assertThat(number(pdfText(get("tiepnhan.anbinh", first, "01", "pdf")), "GTN-UBND"))
        .isEqualTo(n);

    String second = receive(AN_BINH, "tiepnhan.anbinh");
    int hoaPhuBefore = highest(HOA_PHU, "RECEIPT", 2026);
    String hoaPhu = receive(HOA_PHU, "tiepnhan.hoaphu");
    assertThat(number(htmlText(get("tiepnhan.hoaphu", hoaPhu, "01", "html")), "GTN-UBND"))
        .isEqualTo(hoaPhuBefore + 1);
    // another agency's receipt took none of An Bình's numbers; receiving numbers nothing,
    // printing (issuing) does
    assertThat(issued(second)).isZero();
    assertThat(number(htmlText(get("tiepnhan.anbinh", second, "01", "html")), "GTN-UBND"))
        .isEqualTo(n + 1);
    assertThat(issued(second)).isEqualTo(1);

    // another paper of the same agency has its own sequence
    int refusalsBefore = highest(AN_BINH, "REFUSAL", 2026);
    String refused = receive(AN_BINH, "tiepnhan.anbinh");
    Officials.work(
        engine,
        "tiepnhan.anbinh",
        refused,
        "Task_Reception",
        Map.of("receptionDecision", "REFUSE", "receptionNote", "Thiếu giấy chứng sinh"));
    assertThat(number(htmlText(get("tiepnhan.anbinh", refused, "03", "html")), "PTC-UBND"))
        .isEqualTo(refusalsBefore + 1);

    // a new year starts its own sequence: Tuesday 5 January 2027
    DemoData.setClock(LocalDateTime.of(2027, 1, 5, 9, 0));
    int in2027 = highest(AN_BINH, "RECEIPT", 2027);
    String nextYear = receive(AN_BINH, "tiepnhan.anbinh");
    String receipt = pdfText(get("tiepnhan.anbinh", nextYear, "01", "pdf"));
    assertThat(number(receipt, "GTN-UBND")).isEqualTo(in2027 + 1);
    // days under 10 and January and February with a leading zero (Decree 30/2020, Annex I)
    assertThat(receipt).contains("Xã An Bình, ngày 05 tháng 01 năm 2027");
    assertThat(highest(AN_BINH, "RECEIPT", 2026)).isEqualTo(n + 1);
  }

  @Test
  void placeAndDateComeFromTheAgencyOrItsName() throws IOException {
    String code = receive(AN_BINH, "tiepnhan.anbinh");
    assertThat(pdfText(get("tiepnhan.anbinh", code, "01", "pdf")))
        .contains("UBND XÃ AN BÌNH", "Xã An Bình, ngày 23 tháng 11 năm 2026");
    jdbc.sql("update agency set place = 'Xã An Bình, tỉnh Thử Nghiệm' where code = ?")
        .param(AN_BINH)
        .update();
    try {
      String pdf = pdfText(get("tiepnhan.anbinh", code, "01", "pdf"));
      String html = htmlText(get("tiepnhan.anbinh", code, "01", "html"));
      for (String text : List.of(pdf, html)) {
        assertThat(text).contains("Xã An Bình, tỉnh Thử Nghiệm, ngày 23 tháng 11 năm 2026");
      }
    } finally {
      jdbc.sql("update agency set place = null where code = ?").param(AN_BINH).update();
    }
  }

  @Test
  void refusalAfterAppraisalGivesTheDecisionsReasonsSignedByTheCompetentOfficial()
      throws IOException {
    String code = receive(AN_BINH, "tiepnhan.anbinh");
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    Officials.work(
        engine,
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "NOT_ELIGIBLE", "appraisalOpinion", "Giấy chứng sinh giả"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 10, 30));
    Officials.work(
        engine,
        "chutich.anbinh",
        code,
        "Task_Approval",
        Map.of(
            "approvalDecision",
            "REJECT",
            "approvalNote",
            "Giấy chứng sinh không do cơ sở y tế cấp, không đủ điều kiện đăng ký khai sinh"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 11, 0));
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    List<String> texts =
        List.of(
            code,
            "Nguyễn Văn An",
            "Đăng ký khai sinh",
            "Giấy chứng sinh không do cơ sở y tế cấp, không đủ điều kiện đăng ký khai sinh",
            "Lê Văn Quang",
            "Xã An Bình, ngày 24 tháng 11 năm 2026");
    String pdf = pdfText(get("tiepnhan.anbinh", code, "03", "pdf"));
    assertThat(pdf)
        .contains(texts)
        .contains("NGƯỜI CÓ THẨM QUYỀN")
        .doesNotContain("Nguyễn Thị Lan");
    number(pdf, "PTC-UBND");
    assertThat(htmlText(get("tiepnhan.anbinh", code, "03", "html"))).contains(texts);
  }

  @Test
  void apologyIsSignedByTheHeadByNameOrOnTheHeadsBehalf() throws IOException {
    String code = receive(AN_BINH, "tiepnhan.anbinh");
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 14, 30));
    ResponseEntity<Map<String, Object>> extended =
        http.withBasicAuth("vanphong.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/extension",
                HttpMethod.POST,
                new HttpEntity<>(
                    Map.of(
                        "reason", "Cần xác minh thông tin cư trú",
                        "newDueAt", "2026-11-25T10:00:00Z")),
                JSON);
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);

    String pdf = pdfText(get("tiepnhan.anbinh", code, "04", "pdf"));
    assertThat(pdf)
        .containsSubsequence("THỦ TRƯỞNG CƠ QUAN", "(Ký, ghi rõ họ tên)", "Lê Văn Quang")
        .doesNotContain("TL.");
    number(pdf, "XLGH-UBND");

    // a second leader: the head can no longer be told, the unit head who issued it signs "TL."
    jdbc.sql("insert into official_role (official_id, agency_code, role) values (?, ?, 'leader')")
        .params("hotich.anbinh", AN_BINH)
        .update();
    try {
      assertThat(htmlText(get("tiepnhan.anbinh", code, "04", "html")))
          .containsSubsequence("TL. Thủ trưởng cơ quan", "Đặng Thị Thu")
          .doesNotContain("Lê Văn Quang");
    } finally {
      jdbc.sql(
              "delete from official_role where official_id = ? and agency_code = ?"
                  + " and role = 'leader'")
          .params("hotich.anbinh", AN_BINH)
          .update();
    }
  }

  @Test
  void receiptListsWhatTheDeskReceivedAndThePaperMarkedShownAsShown() throws IOException {
    String code = desk("001090000201", "ORIGINAL", 1, "CERTIFIED_COPY", 2, "SHOWN", 1);
    String html =
        Normalizer.normalize(
            new String(get("tiepnhan.anbinh", code, "01", "html"), StandardCharsets.UTF_8),
            Normalizer.Form.NFC);
    String text = htmlText(html.getBytes(StandardCharsets.UTF_8));
    assertThat(text)
        .contains("Thành phần hồ sơ đã nhận")
        .contains("1 Tờ khai đăng ký khai sinh theo mẫu Bản chính 01")
        .contains("2 Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh Bản sao chứng thực 02")
        .contains(
            "Giấy tờ xuất trình để đối chiếu (không lưu trong hồ sơ)",
            "Giấy tờ tùy thân của người đi đăng ký khai sinh (bản chính)")
        .doesNotContain("Thành phần hồ sơ theo quy định")
        .doesNotContain("3 Giấy tờ tùy thân");
    assertThat(html).containsSubsequence("</table>", "<li>Giấy tờ tùy thân");
    assertThat(pdfText(get("tiepnhan.anbinh", code, "01", "pdf")))
        .contains(
            "Bản sao chứng thực", "Giấy tờ tùy thân của người đi đăng ký khai sinh (bản chính)");

    // the identity paper filed as a copy is listed with the others
    String copies = desk("001090000202", "ORIGINAL", 1, "COPY", 1, "COPY", 3);
    assertThat(htmlText(get("tiepnhan.anbinh", copies, "01", "html")))
        .contains("2 Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh Bản sao 01")
        .contains("3 Giấy tờ tùy thân của người đi đăng ký khai sinh Bản sao 03")
        .doesNotContain("Giấy tờ xuất trình");

    // the desk's mark decides, not the name: an identity paper whose original was filed is filed
    String original = desk("001090000203", "ORIGINAL", 1, "ORIGINAL", 1, "ORIGINAL", 1);
    assertThat(htmlText(get("tiepnhan.anbinh", original, "01", "html")))
        .contains("3 Giấy tờ tùy thân của người đi đăng ký khai sinh Bản chính 01")
        .doesNotContain("Giấy tờ xuất trình");
  }

  /** Takes a birth registration in at An Bình's desk with the checklist marked, and receives it. */
  private String desk(String idNumber, Object... marks) {
    Map<String, Object> body = new HashMap<>();
    body.put("procedure", "birth-registration");
    body.put("agency", AN_BINH);
    body.put("channel", "COUNTER");
    body.put(
        "applicant",
        Map.of(
            "fullName", "Nguyễn Văn An",
            "idNumber", idNumber,
            "phone", "0912345678",
            "address", "Thôn Đông, xã An Bình"));
    body.put(
        "data",
        Map.of(
            "childName", "Nguyễn Thị Bình",
            "childBirthDate", "2026-11-20",
            "childSex", "FEMALE",
            "fatherName", "Nguyễn Văn An"));
    List<Map<String, Object>> checklist = new ArrayList<>();
    for (int i = 0; i < marks.length; i += 2) {
      checklist.add(Map.of("kind", "D" + (i / 2 + 1), "received", marks[i], "count", marks[i + 1]));
    }
    body.put("checklist", checklist);
    body.put("decision", "RECEIVE");
    ResponseEntity<Map<String, Object>> received =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/reception", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(received.getStatusCode()).as("%s", received.getBody()).isEqualTo(HttpStatus.CREATED);
    String code = (String) received.getBody().get("code");
    return open.remember(code, "tiepnhan.anbinh");
  }

  private String receive(String agency, String officer) {
    return open.receive(agency, officer);
  }

  private ResponseEntity<byte[]> response(String user, String code, String form, String format) {
    return http.withBasicAuth(user, PASSWORD)
        .getForEntity(
            "/api/dossiers/" + code + "/papers/" + form + "?format=" + format, byte[].class);
  }

  private byte[] get(String user, String code, String form, String format) {
    ResponseEntity<byte[]> response = response(user, code, form, format);
    assertThat(response.getStatusCode()).as(form + " " + format).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private int highest(String agency, String paper, int year) {
    return jdbc.sql(
            "select coalesce(max(seq), 0) from paper_number where agency_code = ? and paper = ?"
                + " and issue_year = ?")
        .params(agency, paper, year)
        .query(Integer.class)
        .single();
  }

  private int issued(String code) {
    return jdbc.sql("select count(*) from paper_number where dossier_code = ?")
        .param(code)
        .query(Integer.class)
        .single();
  }
}
