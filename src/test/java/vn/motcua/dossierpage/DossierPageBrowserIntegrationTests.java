package vn.motcua.dossierpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.Browsers;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * The dossier page in headless Chromium at 1024 px: a marriage registration that went through
 * reception (with a scanned PDF) and appraisal. The specialist reads it, pauses the deadline for
 * the verification with a note from the page and resumes it; both show in the history. The
 * chairman's extension to a date before the due date is refused with the problem's Vietnamese
 * words.
 */
@IntegrationTest
class DossierPageBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;

  private WebDriver browser;
  private WebDriverWait wait;
  private String code;

  @BeforeEach
  void receivedAndAppraised() throws IOException {
    MarriageAtAnBinh marriage = new MarriageAtAnBinh(http, tasks, forms, identity, repository);
    code = marriage.receivedAndAccepted();
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    marriage.appraised(code);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 14, 0));
    browser = Browsers.chromium();
    browser.manage().window().setSize(new Dimension(1024, 2600));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    MarriageAtAnBinh.delete(runtime, repository, code);
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void specialistPausesAndResumesFromThePageAndTheHistoryShowsBoth() throws IOException {
    signIn("hotich.anbinh");
    browser.get(url("/dossiers/" + code + "?lang=vi"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("header")));

    assertThat(text("procedure")).isEqualTo("Đăng ký kết hôn");
    assertThat(text("applicant")).contains("Nguyễn Văn An", "001090012345", "0912345678");
    assertThat(text("status")).isEqualTo("Đang giải quyết");
    assertThat(text("legal-due")).isEqualTo("30/11/2026 09:00");
    // Monday 14:00–17:00, Tuesday to Friday, Monday 07:30–09:00 (07:30–11:30, 13:00–17:00)
    assertThat(text("time-left")).isEqualTo("Còn 4 ngày 4 giờ 30 phút làm việc");
    assertThat(text("data")).contains("Họ và tên bên nữ", "Trần Thị Bình", "12/04/1995");
    assertThat(text("documents")).contains("Tờ khai đăng ký kết hôn.pdf", "Nguyễn Thị Lan");
    assertThat(text("steps"))
        .contains("Tiếp nhận hồ sơ", "Thẩm định hồ sơ", "Trần Minh Tuấn")
        .contains("Phê duyệt, ký Giấy chứng nhận kết hôn");
    assertThat(
            browser
                .findElement(By.cssSelector("#papers li[data-form='01'] a.pdf"))
                .getAttribute("href"))
        .endsWith("/api/dossiers/" + code + "/papers/01?format=pdf");
    assertThat(browser.findElements(By.cssSelector("form.dossier-action")))
        .extracting(form -> form.getAttribute("data-path"))
        .containsExactlyInAnyOrder("pause", "supplementation-request");
    assertThat(pageWidth()).isLessThanOrEqualTo(1024);
    Browsers.screenshot(browser, "dossier-page-1024");

    WebElement pause = browser.findElement(By.id("action-pause"));
    new Select(pause.findElement(By.name("reasonCode"))).selectByValue("VERIFICATION");
    pause
        .findElement(By.name("note"))
        .sendKeys("Chờ UBND phường Hòa Phú xác nhận tình trạng hôn nhân");
    pause.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-resume")));
    assertThat(browser.findElements(By.id("action-pause"))).isEmpty();
    assertThat(text("history"))
        .contains("Tạm dừng tính thời hạn", "Chờ UBND phường Hòa Phú xác nhận tình trạng hôn nhân");
    Browsers.screenshot(browser, "dossier-page-paused");

    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 14, 0));
    browser.findElement(By.cssSelector("#action-resume button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-pause")));
    assertThat(text("history")).contains("Tiếp tục tính thời hạn");
    // the day paused moved the due date by one working day
    assertThat(text("legal-due")).isEqualTo("01/12/2026 09:00");
    assertThat(text("time-left")).isEqualTo("Còn 4 ngày 4 giờ 30 phút làm việc");
    Browsers.screenshot(browser, "dossier-page-resumed");
  }

  @Test
  void chairmansExtensionBeforeTheDueDateIsRefusedInVietnamese() throws IOException {
    signIn("chutich.anbinh");
    browser.get(url("/dossiers/" + code + "?lang=vi"));
    WebElement extension =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-extension")));
    extension.findElement(By.name("newDueAt")).sendKeys("27/11/2026 17:00");
    extension.findElement(By.name("reason")).sendKeys("Cần thêm thời gian xác minh");
    extension.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement problem =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#action-extension .problem")));
    assertThat(problem.getText())
        .contains("Ngày hẹn mới")
        .doesNotContain("Exception", "null", "vn.motcua");
    Browsers.screenshot(browser, "dossier-page-extension-refused");

    WebElement date = extension.findElement(By.name("newDueAt"));
    date.clear();
    date.sendKeys("2026-12-08");
    extension.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElement(problem, "dd/MM/yyyy HH:mm"));

    date.clear();
    date.sendKeys("08/12/2026 17:00");
    extension.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-appointment")));
    assertThat(text("new-appointment")).isEqualTo("08/12/2026 17:00");
    assertThat(browser.findElements(By.id("action-extension"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("#papers li[data-form='04']")).getText())
        .contains("Mẫu 04");
  }

  /** Signs in on our login page and waits for the home page (greeting by full name). */
  private void signIn(String user) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
    browser.findElement(By.id("login")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText().replaceAll("\\s+", " ").strip();
  }

  private long pageWidth() {
    return (Long)
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth;");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
