package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;
import static vn.motcua.documents.PaperTexts.htmlText;
import static vn.motcua.documents.PaperTexts.pdfText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * The official papers of birth-registration dossiers, as PDF and HTML: the receipt, the refusal,
 * the control sheet with on-time and late steps and the log line; and who may print them.
 */
@IntegrationTest
class PapersIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final List<String> STEPS =
      List.of("Tiếp nhận hồ sơ", "Thẩm định hồ sơ", "Phê duyệt, ký", "Trả kết quả");

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;

  private final List<String> received = new ArrayList<>();

  @BeforeEach
  void mondayMorning() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  }

  /** Leaves no open reception step behind, so that other tests' task lists stay short. */
  @AfterEach
  void refuseWhatIsStillAtReceptionAndResetClock() {
    for (String code : received) {
      if (tasks.createTaskQuery().processInstanceBusinessKey(code).count() > 0) {
        work(
            "tiepnhan.anbinh",
            code,
            "Task_Reception",
            Map.of("receptionDecision", "REFUSE", "receptionNote", "Kết thúc dữ liệu kiểm thử"));
      }
    }
    DemoData.resetClock();
  }

  @Test
  void receiptShowsApplicantProcedureAndAppointmentInPdfAndHtml() throws IOException {
    String code = receive();

    ResponseEntity<byte[]> pdf = get(code, "01", "pdf");
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF))
        .isTrue();
    assertThat(pdf.getHeaders().getContentDisposition().getType()).isEqualTo("inline");
    assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo(code + "-01.pdf");
    List<String> texts =
        List.of(
            code,
            "Nguyễn Văn An",
            "001090012345",
            "Thôn Đông, xã An Bình",
            "Đăng ký khai sinh",
            "1.001193",
            "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh",
            "09:00, ngày 23 tháng 11 năm 2026",
            "17:00, ngày 23 tháng 11 năm 2026",
            "Nguyễn Thị Lan",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc");
    assertThat(pdfText(pdf.getBody()))
        .contains(texts)
        .contains("UBND XÃ AN BÌNH", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");

    ResponseEntity<byte[]> html = get(code, "01", null);
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(htmlText(html.getBody()))
        .contains(texts)
        .contains("UBND xã An Bình", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Mẫu số 01")
        // taken in through the API, without the desk's checklist: the required list, so labelled
        .contains("Thành phần hồ sơ theo quy định (hồ sơ không có bảng kiểm tại quầy)")
        .contains("Xã An Bình, ngày 23 tháng 11 năm 2026")
        .containsPattern("Số: \\d{2,}/GTN-UBND");
  }

  @Test
  void controlSheetHasOneRowPerStepTellingOnTimeFromLate() throws IOException {
    String code = receive();
    later(30);
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    // the appraisal is due at 15:00: done at 16:00, late
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 16, 0));
    work(
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đủ điều kiện"));
    later(20);
    work(
        "chutich.anbinh",
        code,
        "Task_Approval",
        Map.of("approvalDecision", "APPROVE", "approvalNote", "Đồng ý"));
    later(20);
    work("tiepnhan.anbinh", code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    String pdf = pdfText(get(code, "06", "pdf").getBody());
    String html = htmlText(get(code, "06", "html").getBody());
    for (String text : List.of(pdf, html)) {
      assertThat(text)
          .contains(code, "Nguyễn Văn An", "Nguyễn Thị Lan", "Trần Minh Tuấn")
          .contains("Lê Văn Quang", "16:00, ngày 23 tháng 11 năm 2026");
      STEPS.forEach(step -> assertThat(occurrences(text, step)).as(step).isEqualTo(1));
      assertThat(occurrences(text, "Đúng hạn")).isEqualTo(3);
      assertThat(occurrences(text, "Trễ hạn")).isEqualTo(1);
    }
    assertThat(pdf).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
    String rows = new String(get(code, "06", "html").getBody(), StandardCharsets.UTF_8);
    assertThat(occurrences(rows, "<tr>")).isEqualTo(1 + STEPS.size());

    ResponseEntity<byte[]> register =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .getForEntity(
                "/api/papers/07?agency=" + AN_BINH + "&from=2026-11-23&to=2026-11-23",
                byte[].class);
    assertThat(htmlText(register.getBody()))
        .contains(code, "Nguyễn Văn An", "UBND xã An Bình", "Đã trả kết quả", "Sổ theo dõi hồ sơ");
  }

  @Test
  void refusalGivesTheReasonsAndTheOfficer() throws IOException {
    String code = receive();
    later(10);
    work(
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "REFUSE", "receptionNote", "Thiếu giấy chứng sinh"));

    List<String> texts =
        List.of(
            code,
            "Nguyễn Văn An",
            "Đăng ký khai sinh",
            "Thiếu giấy chứng sinh",
            "Nguyễn Thị Lan",
            "Xã An Bình, ngày 23 tháng 11 năm 2026");
    assertThat(pdfText(get(code, "03", "pdf").getBody()))
        .contains(texts)
        .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
    assertThat(htmlText(get(code, "03", "html").getBody())).contains(texts);
    assertThat(get(code, "01", "pdf").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void refusalOfAnAcceptedDossierIsNotAvailable() {
    ResponseEntity<Map<String, Object>> problem =
        problem("tiepnhan.anbinh", receive(), "03", "pdf");
    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void unknownFormAndPapersNotYetAvailableAreNotFound() {
    String code = receive();
    ResponseEntity<Map<String, Object>> unknown = problem("tiepnhan.anbinh", code, "99", "html");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            unknown
                .getHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(unknown.getBody())
        .containsEntry("status", 404)
        .containsEntry("title", "Không có mẫu giấy tờ này")
        .containsEntry("form", "99");

    ResponseEntity<Map<String, Object>> notYet = problem("tiepnhan.anbinh", code, "02", "pdf");
    assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notYet.getBody()).containsEntry("title", "Chưa có giấy tờ này");
    assertThat((String) notYet.getBody().get("detail")).contains(code);
  }

  @Test
  @SuppressWarnings("unchecked")
  void unsupportedFormatIsABadRequestNamingFormat() {
    ResponseEntity<Map<String, Object>> problem =
        problem("tiepnhan.anbinh", receive(), "01", "doc");
    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) problem.getBody().get("detail")).contains("format");
    assertThat((List<Map<String, Object>>) problem.getBody().get("errors"))
        .singleElement()
        .satisfies(error -> assertThat(error).containsEntry("field", "format"));
  }

  @Test
  void anotherCommuneMayNotPrintTheDossier() {
    ResponseEntity<Map<String, Object>> problem =
        problem("tiepnhan.hoaphu", receive(), "01", "pdf");
    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void printingNeedsALogin() {
    String code = receive();
    ResponseEntity<byte[]> response =
        http.getForEntity("/api/dossiers/" + code + "/papers/01?format=pdf", byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String receive() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    received.add(code);
    return code;
  }

  private ResponseEntity<byte[]> get(String code, String form, String format) {
    return http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
        .getForEntity(url(code, form, format), byte[].class);
  }

  private ResponseEntity<Map<String, Object>> problem(
      String user, String code, String form, String format) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
    return http.withBasicAuth(user, PASSWORD)
        .exchange(url(code, form, format), HttpMethod.GET, new HttpEntity<>(headers), JSON);
  }

  private static String url(String code, String form, String format) {
    return "/api/dossiers/"
        + code
        + "/papers/"
        + form
        + (format == null ? "" : "?format=" + format);
  }

  /**
   * Claims and completes the open step as {@code user}, with the user's groups, as Tasklist would.
   */
  private void work(String user, String code, String taskKey, Map<String, Object> variables) {
    Officials.work(tasks, forms, identity, user, code, taskKey, variables);
  }

  private static void later(int minutes) {
    DemoData.setClock(
        LocalDateTime.ofInstant(
            ClockUtil.getCurrentTime().toInstant().plusSeconds(minutes * 60L), VIETNAM));
  }

  private static int occurrences(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
