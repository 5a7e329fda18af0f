package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Behind the engine API guard, Tasklist still works for every role of a procedure: in a real
 * browser the reception officer, the civil-status specialist, the chairman and again the reception
 * officer (result return) each find their step of one birth registration, open it, claim it and
 * complete its Camunda Form, the chairman's form with its read-only appraisal fields included.
 * Screenshots go to target/screenshots.
 */
@IntegrationTest
class TasklistRolesBrowserIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired FilterService filters;
  @Autowired HistoryService history;

  private WebDriver browser;
  private WebDriverWait wait;
  private String code;

  @BeforeEach
  void anBinhReceivesADossier() throws IOException {
    // the newest task of all, so Tasklist lists it on its first page whatever other tests left
    DemoData.setClock(LocalDateTime.now().plusYears(4).withHour(8));
    code =
        (String)
            http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
                .exchange(
                    "/api/dossiers",
                    HttpMethod.POST,
                    new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                    JSON)
                .getBody()
                .get("code");
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() throws IOException {
    DemoData.resetClock();
    if (browser != null) {
      try {
        screenshot("tasklist-roles-last");
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void eachRoleWorksItsStepThroughTasklist() throws IOException {
    work(
        "tiepnhan.anbinh",
        "Task_Reception",
        "Tiếp nhận hồ sơ (đầy đủ, hợp lệ)",
        null,
        "Task_Appraisal");
    work(
        "hotich.anbinh",
        "Task_Appraisal",
        "Đủ điều kiện đăng ký khai sinh",
        "Hồ sơ đầy đủ, đủ điều kiện",
        "Task_Approval");
    work("chutich.anbinh", "Task_Approval", "Đồng ý, ký giấy khai sinh", null, "Task_ResultReturn");
    work("tiepnhan.anbinh", "Task_ResultReturn", "Trả tại bộ phận một cửa", null, null);
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(code)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_ResultReturned");
    assertThat(dossier()).containsEntry("status", "RETURNED");
  }

  /**
   * Signs in as {@code user}, finds, opens, claims and completes the open step: ticks {@code
   * choice}, writes {@code opinion} into the form's text area if given.
   */
  private void work(String user, String step, String choice, String opinion, String next)
      throws IOException {
    List<Map<String, Object>> steps = openSteps();
    assertThat(steps).singleElement().satisfies(s -> assertThat(s.get("key")).isEqualTo(step));
    String taskId = (String) steps.get(0).get("taskId");
    browser.manage().deleteAllCookies();
    login(user);
    findInUnitFilter(taskId);
    openTask(taskId);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    openTask(taskId);
    check(choice);
    if (opinion != null) {
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(".fjs-form textarea:not([disabled])")))
          .sendKeys(opinion);
    }
    screenshot("tasklist-roles-" + step);
    WebElement complete =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[ng-click='complete()']")));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
    complete.click();
    wait.withTimeout(Duration.ofSeconds(30))
        .until(
            driver -> {
              List<Map<String, Object>> open = openSteps();
              return next == null
                  ? open == null || open.isEmpty()
                  : open != null && !open.isEmpty() && next.equals(open.get(0).get("key"));
            });
  }

  private void findInUnitFilter(String taskId) {
    String filter =
        filters.createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
    String search =
        URLEncoder.encode(
            "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\""
                + code
                + "\",\"name\":\"dossierCode\"}]",
            StandardCharsets.UTF_8);
    browser.get("about:blank");
    browser.get(
        url("/camunda/app/tasklist/default/#/?filter=" + filter + "&searchQuery=" + search));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("li.task a[href*='" + taskId + "']")));
  }

  private void openTask(String taskId) {
    browser.get("about:blank");
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
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
        .until(ExpectedConditions.attributeToBe(By.id("greeting"), "data-user", user));
  }

  private Map<String, Object> dossier() {
    return http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
        .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
        .getBody();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> openSteps() {
    return (List<Map<String, Object>>) dossier().get("openSteps");
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
