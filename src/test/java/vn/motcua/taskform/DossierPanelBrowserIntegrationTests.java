package vn.motcua.taskform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
 * Issue 19 in a real browser (Debian's headless Chromium): the specialist opens the dossier's task
 * in Tasklist and reads the applicant, the intake data and the scanned document's link in the form;
 * the leader sees the specialist's decision by its label, never its code, and approves by choosing
 * a Vietnamese label. Screenshots go to target/screenshots.
 */
@IntegrationTest
class DossierPanelBrowserIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  private WebDriver browser;
  private WebDriverWait wait;

  @AfterEach
  void closeBrowser() {
    DemoData.resetClock();
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void specialistReadsTheDossierInTheFormAndTheLeaderApprovesByLabel() throws IOException {
    DemoData.setClock(LocalDateTime.now().plusYears(3).withHour(9));
    String code =
        (String)
            http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
                .exchange(
                    "/api/dossiers",
                    HttpMethod.POST,
                    new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                    JSON)
                .getBody()
                .get("code");
    DossierPanelIntegrationTests.upload(http, code);
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));

    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    login("hotich.anbinh");
    openTask(code, task(code, "Task_Appraisal"));
    WebElement form = browser.findElement(By.cssSelector(".fjs-form"));
    assertThat(form.getText())
        .contains("Nguyễn Văn An", "001090012345", "Thôn Đông, xã An Bình")
        .contains("Họ, chữ đệm và tên người được khai sinh", "Nguyễn Thị Bình", "20/11/2026")
        .contains("to-khai.pdf", "Tiếp nhận hồ sơ (đầy đủ, hợp lệ)");
    WebElement document = form.findElement(By.partialLinkText("to-khai.pdf"));
    assertThat(document.getAttribute("href")).contains("/api/dossiers/" + code + "/documents/");
    screenshot("dossier-panel-specialist");
    browser.quit();

    Officials.work(
        engine,
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đủ giấy chứng sinh"));
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    login("chutich.anbinh");
    Task approval = task(code, "Task_Approval");
    openTask(code, approval);
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText())
        .contains("Đủ điều kiện đăng ký khai sinh", "Đủ giấy chứng sinh")
        .doesNotContain("ELIGIBLE");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    openTask(code, approval);
    check("Đồng ý, ký giấy khai sinh");
    screenshot("dossier-panel-leader");
    WebElement complete =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[ng-click='complete()']")));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
    complete.click();

    wait.until(driver -> task(code, "Task_Approval") == null);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(approval.getProcessInstanceId())
                .variableName("approvalDecision")
                .singleResult()
                .getValue())
        .isEqualTo("APPROVE");
  }

  private void openTask(String code, Task task) {
    browser.get("about:blank");
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".fjs-form"), "Mã hồ sơ: " + code));
  }

  private void check(String label) {
    By input =
        By.xpath("//div[contains(@class,'fjs-form')]//label[contains(., '" + label + "')]/input");
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              WebElement box = driver.findElement(input);
              if (!box.isSelected()) {
                // the dossier panel comes first: the field may lie below the fold
                ((JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
                box.click();
              }
              return driver.findElement(input).isSelected();
            });
  }

  private void login(String user) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.id("login")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(driver -> !driver.getCurrentUrl().contains("/login"));
  }

  private Task task(String code, String key) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey(key)
        .singleResult();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws IOException {
    Path target = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(target.getParent());
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
