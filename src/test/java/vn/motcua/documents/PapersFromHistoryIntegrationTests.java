package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.documents.PaperTexts.htmlText;
import static vn.motcua.documents.PaperTexts.pdfText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The papers written from the dossier's history, made through the real dossier API: the
 * supplementation request (02), the apology asking for an extension (04) and the stop notice (05),
 * as PDF and HTML; each "not available" while its entry is missing.
 */
@IntegrationTest
class PapersFromHistoryIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final Set<String> FINAL =
      Set.of("RETURNED", "REFUSED", "WITHDRAWN", "CLOSED_NO_SUPPLEMENT", "REJECTED");
  private static final String OFFICER = "Nguyễn Thị Lan";

  /** A "label: value" line: the PDF prints the colon, the HTML page draws it with CSS. */
  private record Field(String label, String value) {
    String printed() {
      return label + ": " + value;
    }

    String shown() {
      return label + " " + value;
    }
  }

  @Autowired TestRestTemplate http;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  private final List<String> created = new ArrayList<>();

  @BeforeEach
  void mondayMorning() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  }

  /** Withdraws every dossier still open, so that no open task is left behind. */
  @AfterEach
  void withdrawWhatIsStillOpenAndResetClock() {
    try {
      for (String code : created) {
        ResponseEntity<Map<String, Object>> dossier =
            http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
                .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON);
        if (!FINAL.contains((String) dossier.getBody().get("status"))) {
          act(code, "withdrawal", Map.of("reason", "Kết thúc dữ liệu kiểm thử"));
        }
      }
    } finally {
      DemoData.resetClock();
    }
  }

  @Test
  void supplementationRequestListsTheLatestItemsAndTheReason() throws IOException {
    String code = receive();
    at(9, 20);
    act(
        code,
        "supplementation-request",
        Map.of("reason", "Thiếu giấy tờ lần đầu", "items", List.of("Sổ hộ khẩu cũ")));
    int first = PaperTexts.number(pdfText(get(code, "02", "pdf").getBody()), "PYCBS-UBND");
    at(9, 40);
    act(code, "supplement", Map.of("note", "Đã nộp"));
    // one request at the desk, one during processing (Decree 118/2025 Art. 19(5): once each)
    at(10, 0);
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    at(10, 15);
    act(
        code,
        "supplementation-request",
        Map.of(
            "reason",
            "Giấy chứng sinh bị tẩy xóa, thiếu giấy tờ của mẹ",
            "items",
            List.of("Giấy chứng sinh bản chính", "Căn cước công dân của mẹ")));
    // the second request is a paper of its own, with the next number (nobody printed one between)
    assertThat(PaperTexts.number(htmlText(get(code, "02", "html").getBody()), "PYCBS-UBND"))
        .isEqualTo(first + 1);

    List<String> texts =
        List.of(
            code,
            "Nguyễn Văn An",
            "Đăng ký khai sinh",
            "1.001193",
            "Giấy chứng sinh bản chính",
            "Căn cước công dân của mẹ",
            OFFICER,
            "Xã An Bình, ngày 23 tháng 11 năm 2026");
    List<Field> fields =
        List.of(new Field("Lý do", "Giấy chứng sinh bị tẩy xóa, thiếu giấy tờ của mẹ"));
    ResponseEntity<byte[]> pdf = get(code, "02", "pdf");
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF))
        .isTrue();
    assertThat(pdfText(pdf.getBody()))
        .contains(texts)
        .contains(fields.stream().map(Field::printed).toList())
        .contains("1. Giấy chứng sinh bản chính", "2. Căn cước công dân của mẹ")
        .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu số 02", "NGƯỜI HƯỚNG DẪN")
        .doesNotContain("Sổ hộ khẩu cũ", "Thiếu giấy tờ lần đầu");

    ResponseEntity<byte[]> html = get(code, "02", "html");
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(htmlText(html.getBody()))
        .contains(texts)
        .contains(fields.stream().map(Field::shown).toList())
        .contains("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Mẫu số 02")
        .doesNotContain("Sổ hộ khẩu cũ");
    String page =
        Normalizer.normalize(
            new String(html.getBody(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
    assertThat(page)
        .containsSubsequence(
            "<ol>", "<li>Giấy chứng sinh bản chính</li>", "<li>Căn cước công dân của mẹ</li>");

    notAvailable(code, "04");
    notAvailable(code, "05");
  }

  @Test
  void extensionLetterApologisesAndGivesTheOldAndNewAppointment() throws IOException {
    String code = receive();
    at(14, 30);
    act(
        code,
        "extension",
        Map.of(
            "reason",
            "Cần xác minh thông tin cư trú với cơ quan công an",
            "newDueAt",
            "2026-11-25T10:00:00Z"));

    List<String> texts =
        List.of(
            code,
            "Nguyễn Văn An",
            "001090012345",
            "UBND xã An Bình thành thật xin lỗi ông/bà",
            "Xã An Bình, ngày 23 tháng 11 năm 2026");
    List<Field> fields =
        List.of(
            new Field(
                "Thời gian hẹn trả kết quả giải quyết hồ sơ", "17:00, ngày 23 tháng 11 năm 2026"),
            new Field("Lý do", "Cần xác minh thông tin cư trú với cơ quan công an"),
            new Field("Thời gian hẹn trả kết quả mới", "17:00, ngày 25 tháng 11 năm 2026"));
    ResponseEntity<byte[]> pdf = get(code, "04", "pdf");
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdfText(pdf.getBody()))
        .contains(texts)
        .contains(fields.stream().map(Field::printed).toList())
        .contains(
            "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
            "UBND XÃ AN BÌNH",
            "THỦ TRƯỞNG CƠ QUAN",
            "Lê Văn Quang");
    assertThat(htmlText(get(code, "04", "html").getBody()))
        .contains(texts)
        .contains(fields.stream().map(Field::shown).toList())
        .contains("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", "Thủ trưởng cơ quan");

    notAvailable(code, "02");
    notAvailable(code, "05");
  }

  @Test
  void stopNoticeGivesTheRequestTimeTheReasonAndThatProcessingStops() throws IOException {
    String code = receive();
    at(10, 0);
    act(code, "withdrawal", Map.of("reason", "Công dân xin rút hồ sơ để bổ sung thông tin"));

    List<String> texts =
        List.of(
            code,
            "Nguyễn Văn An",
            "Đăng ký khai sinh",
            "UBND xã An Bình thông báo dừng giải quyết hồ sơ nêu trên kể từ 10:00, ngày 23"
                + " tháng 11 năm 2026",
            OFFICER,
            "Xã An Bình, ngày 23 tháng 11 năm 2026");
    List<Field> fields =
        List.of(
            new Field(
                "Thời gian đề nghị dừng giải quyết hồ sơ", "10:00, ngày 23 tháng 11 năm 2026"),
            new Field("Lý do", "Công dân xin rút hồ sơ để bổ sung thông tin"));
    ResponseEntity<byte[]> pdf = get(code, "05", "pdf");
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdfText(pdf.getBody()))
        .contains(texts)
        .contains(fields.stream().map(Field::printed).toList())
        .contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Mẫu số 05");
    assertThat(htmlText(get(code, "05", "html").getBody()))
        .contains(texts)
        .contains(fields.stream().map(Field::shown).toList())
        .contains("Thông báo dừng giải quyết hồ sơ");

    notAvailable(code, "02");
    notAvailable(code, "04");
  }

  @Test
  void aDossierWithoutSuchHistoryHasNoneOfThesePapers() {
    String code = receive();
    for (String form : List.of("02", "04", "05")) {
      notAvailable(code, form);
    }
  }

  private void notAvailable(String code, String form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
    for (String format : List.of("pdf", "html")) {
      ResponseEntity<Map<String, Object>> problem =
          http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
              .exchange(url(code, form, format), HttpMethod.GET, new HttpEntity<>(headers), JSON);
      assertThat(problem.getStatusCode()).as(form + " " + format).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(problem.getBody())
          .containsEntry("title", "Chưa có giấy tờ này")
          .containsEntry("form", form)
          .containsEntry("code", code);
    }
  }

  private String receive() {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) response.getBody().get("code");
    created.add(code);
    return code;
  }

  private void act(String code, String action, Map<String, Object> body) {
    // form 04 is the late agency's head's (the unit head); the desk does the rest
    String user = action.equals("extension") ? "vanphong.anbinh" : "tiepnhan.anbinh";
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(user, PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body),
                JSON);
    assertThat(response.getStatusCode())
        .as(action + " " + response.getBody())
        .isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<byte[]> get(String code, String form, String format) {
    return http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
        .getForEntity(url(code, form, format), byte[].class);
  }

  private static String url(String code, String form, String format) {
    return "/api/dossiers/" + code + "/papers/" + form + "?format=" + format;
  }

  private static void at(int hour, int minute) {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, hour, minute));
  }
}
