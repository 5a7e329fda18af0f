package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import vn.motcua.Browsers;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * The timeline page in headless Chromium: the province's inspector reads an An Bình dossier's
 * entries in Vietnamese (and English), with full names, labels, before and after, the reason and
 * the verified chain; an official of another commune is refused.
 */
@IntegrationTest
class TimelinePageBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;

  private WebDriver browser;
  private WebDriverWait wait;
  private String code;

  @BeforeEach
  void anBinhWorksADossier() throws IOException {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    code =
        (String)
            http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
                .exchange(
                    "/api/dossiers",
                    HttpMethod.POST,
                    new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                    new ParameterizedTypeReference<Map<String, Object>>() {})
                .getBody()
                .get("code");
    Officials.work(
        tasks,
        forms,
        identity,
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    String appraisal =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .taskDefinitionKey("Task_Appraisal")
            .singleResult()
            .getId();
    http.withBasicAuth("hotich.anbinh", PASSWORD)
        .postForEntity("/api/worklist/tasks/" + appraisal + "/claim", Map.of(), String.class);
    http.withBasicAuth("hotich.anbinh", PASSWORD)
        .postForEntity(
            "/api/worklist/tasks/" + appraisal + "/transfer",
            Map.of("to", "tuphap.anbinh", "reason", "Nghỉ phép"),
            String.class);
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    DemoData.resetClock();
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void supervisorReadsTheTimelineInVietnameseAndEnglish() throws IOException {
    login("thanhtra.tinh");
    browser.get(url("/dossiers/" + code + "/timeline?lang=vi"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(code);
    assertThat(browser.findElement(By.id("verdict")).getText())
        .startsWith("Chuỗi kiểm chứng nguyên vẹn");
    assertThat(browser.findElement(By.cssSelector("#timeline thead")).getText())
        .contains("Thời gian", "Người thực hiện", "Hoạt động", "Trước → Sau", "Lý do");
    var rows = browser.findElements(By.cssSelector("#timeline tbody tr"));
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).getText())
        .contains("23/11/2026 08:00", "Nguyễn Thị Lan", "Tiếp nhận hồ sơ", "Đã tiếp nhận");
    // the actor by full name, the login id only in small print and as a tooltip
    var actor = rows.get(0).findElement(By.cssSelector("span.actor"));
    assertThat(actor.getText()).isEqualTo("Nguyễn Thị Lan");
    assertThat(actor.getAttribute("title")).isEqualTo("tiepnhan.anbinh");
    assertThat(rows.get(0).findElement(By.cssSelector("small.login")).getText())
        .isEqualTo("tiepnhan.anbinh");
    assertThat(rows.get(1).getText()).contains("Hoàn thành bước", "Tiếp nhận hồ sơ");
    // the decision, as the form words it, by whom
    assertThat(rows.get(2).getText())
        .contains(
            "Nguyễn Thị Lan",
            "Quyết định",
            "Quyết định tiếp nhận",
            "Tiếp nhận hồ sơ (đầy đủ, hợp lệ)")
        .doesNotContain("ACCEPT");
    assertThat(rows.get(3).getText())
        .contains("Chuyển trạng thái", "Đã tiếp nhận → Đang giải quyết");
    assertThat(rows.get(4).getText())
        .contains("Trần Minh Tuấn", "Nhận xử lý bước", "Chưa có người nhận → Trần Minh Tuấn")
        .doesNotContain("Task_Appraisal");
    assertThat(rows.get(5).getText())
        .contains("Chuyển cho người khác xử lý", "Trần Minh Tuấn → Phan Văn Long", "Nghỉ phép");
    assertThat(browser.findElement(By.id("timeline")).getText()).doesNotContain(AN_BINH + ":");
    assertThat(browser.findElement(By.id("control-sheet")).getAttribute("href"))
        .contains("/api/dossiers/" + code + "/papers/06", "format=html");
    screenshot("timeline-vi");

    browser.findElement(By.id("lang-en")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#timeline thead"), "Before → After"));
    assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("Chain verified");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("Dossier received", "Step transferred", "Received → In progress");
    screenshot("timeline-en");
  }

  @Test
  void anotherCommunesOfficialIsRefused() throws IOException {
    login("hotich.hoaphu");
    browser.get(url("/dossiers/" + code + "/timeline?lang=vi"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refused")));
    assertThat(browser.findElement(By.id("refused")).getText())
        .isEqualTo("Bạn không có quyền xem hồ sơ này.");
    assertThat(browser.findElements(By.id("timeline"))).isEmpty();
    screenshot("timeline-refused");
  }

  private void login(String user) {
    Browsers.signIn(browser, url(""), user);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws IOException {
    Browsers.screenshot(browser, name);
  }
}
