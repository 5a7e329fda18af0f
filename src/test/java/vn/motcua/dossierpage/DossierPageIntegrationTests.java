package vn.motcua.dossierpage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.PageSession;

/**
 * The dossier page read over HTTP by signed-in officials: a marriage registration received at An
 * Bình on Monday 23 November 2026 09:00 (due Monday 30 November 09:00, five working days) and
 * accepted, its appraisal open. Each role sees the header, the data, the steps, the papers and the
 * history, and only the actions it may take now; another commune's official gets 403.
 */
@IntegrationTest
class DossierPageIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;

  private String code;

  @BeforeEach
  void anBinhAcceptsAMarriageRegistration() {
    code = new MarriageAtAnBinh(http, tasks, forms, identity, repository).receivedAndAccepted();
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 45));
  }

  @AfterEach
  void cleanUp() {
    MarriageAtAnBinh.delete(runtime, repository, code);
  }

  @Test
  void specialistSeesTheWholeDossierAndMayPauseOrRequestASupplement() {
    DossierPageHtml page = page("hotich.anbinh", "");

    assertThat(page.text("procedure")).isEqualTo("Đăng ký kết hôn");
    assertThat(page.text("procedure-code")).isEqualTo("1.000894");
    assertThat(page.text("applicant"))
        .contains("Nguyễn Văn An", "001090012345", "0912345678")
        .doesNotContain("an.nguyen@example.vn");
    assertThat(page.text("receiving")).isEqualTo("UBND xã An Bình");
    assertThat(page.text("header")).contains(AN_BINH);
    assertThat(page.text("status")).isEqualTo("Đang giải quyết");
    assertThat(page.text("flag")).isEqualTo("Trong hạn");
    assertThat(page.text("received-at")).isEqualTo("23/11/2026 09:00");
    assertThat(page.text("legal-due")).isEqualTo("30/11/2026 09:00");
    assertThat(page.has("new-appointment")).isFalse();
    // 5 working days less the 45 minutes gone, on 07:30–11:30 and 13:00–17:00
    assertThat(page.text("time-left")).isEqualTo("Còn 4 ngày 7 giờ 15 phút làm việc");

    assertThat(page.text("data"))
        .contains("Họ và tên bên nam Nguyễn Văn An")
        .contains("Ngày sinh bên nam 12/04/1995")
        .contains("Họ và tên bên nữ Trần Thị Bình")
        .doesNotContain("groomName", "1995-04-12");
    assertThat(page.text("documents"))
        .contains("Tờ khai đăng ký kết hôn.pdf", "Tờ khai đăng ký kết hôn", "D1", "Nguyễn Thị Lan")
        .contains("Bản số hóa từ bản chính", "23/11/2026 09:00", "Xem", "Tải về");
    assertThat(page.html())
        .containsPattern("/api/dossiers/" + code + "/documents/[0-9a-f-]{36}\\?download=1");
    assertThat(page.text("steps"))
        .contains("Tiếp nhận hồ sơ", "Nguyễn Thị Lan", "23/11/2026 09:00")
        .contains("Thẩm định hồ sơ", "Chưa có người nhận", "Đang xử lý")
        .doesNotContain("Task_", "tiepnhan.anbinh");
    assertThat(page.text("papers"))
        .contains("Mẫu 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Mẫu 06")
        // the register (form 07) is the desk's, its unit heads' and supervisors' (issue 20)
        .doesNotContain("Mẫu 03", "Mẫu 04", "Mẫu 05", "Mẫu 07");
    assertThat(page.html())
        .contains("/api/dossiers/" + code + "/papers/01?format=pdf")
        .contains("/api/dossiers/" + code + "/papers/01?format=html");
    assertThat(page.text("history"))
        .contains("Nguyễn Thị Lan", "Tiếp nhận hồ sơ", "Đã tiếp nhận → Đang giải quyết");
    assertThat(page.html()).contains("/dossiers/" + code + "/timeline");

    assertThat(actions(page)).containsExactlyInAnyOrder("supplementation-request", "pause");
    assertThat(page.text("action-pause")).contains("Xác minh điều kiện kết hôn");
  }

  @Test
  void receptionOfficerMayRequestASupplementOrRecordAWithdrawalOnly() {
    DossierPageHtml page = page("tiepnhan.anbinh", "");
    assertThat(actions(page)).containsExactlyInAnyOrder("supplementation-request", "withdrawal");
    // the desk keeps the register: its form 07 is the register of the day the dossier came in
    assertThat(page.text("papers")).contains("Mẫu 07", "Sổ theo dõi hồ sơ");
    assertThat(page.html())
        .contains("/api/papers/07?agency=" + AN_BINH + "&amp;from=2026-11-23&amp;to=2026-11-23");
  }

  @Test
  void chairmanMayPauseOrExtendAndAfterAPauseOnlyResume() {
    assertThat(actions(page("chutich.anbinh", ""))).containsExactlyInAnyOrder("pause", "extension");

    ResponseEntity<Map<String, Object>> paused =
        http.withBasicAuth("hotich.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/pause",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("reasonCode", "VERIFICATION", "note", "Hỏi xã Hòa Phú")),
                JSON);
    assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.OK);

    DossierPageHtml page = page("chutich.anbinh", "");
    assertThat(actions(page)).containsExactlyInAnyOrder("resume", "extension");
    assertThat(page.text("history")).contains("Trần Minh Tuấn", "Hỏi xã Hòa Phú");
  }

  @Test
  void theProvincesInspectorReadsButMayDoNothing() {
    DossierPageHtml page = page("thanhtra.tinh", "");
    assertThat(page.text("applicant-name")).isEqualTo("Nguyễn Văn An");
    assertThat(actions(page)).isEmpty();
    assertThat(page.text("no-actions"))
        .isEqualTo("Bạn không có thao tác nào với hồ sơ này lúc này.");
  }

  @Test
  void inEnglishWithLangEn() {
    DossierPageHtml page = page("hotich.anbinh", "?lang=en");
    assertThat(page.text("status")).isEqualTo("In progress");
    assertThat(page.text("flag")).isEqualTo("On time");
    assertThat(page.text("time-left")).isEqualTo("4 days 7 hours 15 minutes of working time left");
    assertThat(page.text("action-pause")).contains("Pause the deadline");
  }

  @Test
  void anotherCommunesOfficialIsRefusedAndAnUnknownCodeIsNotFound() {
    PageSession hoaPhu = PageSession.login(port, "hotich.hoaphu", PASSWORD);
    HttpResponse<String> refused = hoaPhu.get("/dossiers/" + code + "?lang=vi");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(new DossierPageHtml(refused.body()).text("refused"))
        .isEqualTo("Bạn không có quyền xem hồ sơ này.");
    assertThat(refused.body()).doesNotContain("Nguyễn Văn An", "001090012345");

    HttpResponse<String> unknown = hoaPhu.get("/dossiers/000.00.02.H99-991231-9999?lang=vi");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(new DossierPageHtml(unknown.body()).text("refused"))
        .isEqualTo("Không tìm thấy hồ sơ có mã này.");
  }

  private DossierPageHtml page(String user, String query) {
    String lang = query.isEmpty() ? "?lang=vi" : query;
    return new DossierPageHtml(
        PageSession.login(port, user, PASSWORD).page("/dossiers/" + code + lang));
  }

  /** The paths of the action forms on the page. */
  private static java.util.List<String> actions(DossierPageHtml page) {
    return java.util.regex.Pattern.compile("class=\"dossier-action\" data-path=\"([a-z-]+)\"")
        .matcher(page.html())
        .results()
        .map(m -> m.group(1))
        .toList();
  }
}
