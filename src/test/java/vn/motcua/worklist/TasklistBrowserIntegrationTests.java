package vn.motcua.worklist;

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
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
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
import org.springframework.http.HttpStatus;
import vn.motcua.Browsers;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.ModelerDeployments;

/**
 * A civil servant in a real browser (Debian's headless Chromium): one login on our page leads into
 * Camunda Tasklist, where the commune's reception officer finds the new dossier's task, sees its
 * Camunda Form rendered and completes it; the other commune's officer does not see it. Screenshots
 * go to target/screenshots.
 */
@IntegrationTest
class TasklistBrowserIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String MODELER_DEPLOYMENT = "tasklist-modeler-test";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired FilterService filters;
  @Autowired RepositoryService repository;

  private WebDriver browser;
  private WebDriverWait wait;
  private String code;
  private String taskId;

  @BeforeEach
  void anBinhReceivesADossier() throws IOException {
    // the newest task of all, so Tasklist lists it on its first page whatever other tests left
    DemoData.setClock(LocalDateTime.now().plusYears(3).withHour(9));
    receive();
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** An Bình's reception receives a birth registration: its code and first task become current. */
  private void receive() {
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
    taskId = (String) openSteps().get(0).get("taskId");
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws IOException {
    DemoData.resetClock();
    if (browser != null) {
      try {
        screenshot(test.getTestMethod().orElseThrow().getName() + "-last");
        Files.writeString(
            Path.of(
                "target",
                "screenshots",
                test.getTestMethod().orElseThrow().getName() + "-last.html"),
            browser.getPageSource());
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void receptionOfficerFindsTheTaskAndCompletesItsCamundaForm() throws IOException {
    login("tiepnhan.anbinh");

    openUnitFilter();
    searchTaskByDossierCode();

    openTask();
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText())
        .contains("Tiếp nhận hồ sơ (đầy đủ, hợp lệ)", "Từ chối tiếp nhận", "Đã số hóa giấy tờ");
    screenshot("tasklist-reception-form");

    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    openTask();
    check("Tiếp nhận hồ sơ (đầy đủ, hợp lệ)");
    check("Đã số hóa giấy tờ");
    WebElement complete =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[ng-click='complete()']")));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
    complete.click();

    wait.withTimeout(Duration.ofSeconds(30))
        .until(driver -> "Task_Appraisal".equals(openSteps().get(0).get("key")));
    assertThat(dossier()).containsEntry("status", "IN_PROGRESS");
    screenshot("tasklist-after-complete");
  }

  /**
   * Issue 20: Camunda Modeler deploys the procedure's BPMN file alone; its forms are carried over
   * from the previous version, so the new dossier's task shows its form in Tasklist, and so does
   * the task of the dossier received before, on its own version; never "Form failure".
   */
  @Test
  void afterModelerDeploysTheBpmnAloneNewAndRunningDossiersShowTheirForms() throws IOException {
    String runningCode = code;
    String runningTask = taskId;
    var deployed =
        ModelerDeployments.deploy(
            http,
            "admin",
            MODELER_DEPLOYMENT,
            "birth-registration.bpmn",
            ModelerDeployments.procedure("birth-registration")
                .replace("Tiếp nhận hồ sơ\"", "Tiếp nhận hồ sơ (Modeler)\""));
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    try {
      receive();
      login("tiepnhan.anbinh");
      openTask();
      assertFormShown("Tiếp nhận hồ sơ (Modeler)");
      screenshot("tasklist-after-modeler-deployment");

      code = runningCode;
      taskId = runningTask;
      openTask();
      assertFormShown("Tiếp nhận hồ sơ");
    } finally {
      repository.deleteDeployment((String) deployed.getBody().get("id"), true);
    }
  }

  private void assertFormShown(String taskName) {
    wait.until(
        driver -> taskName.equals(driver.findElement(By.cssSelector("h2.task")).getText().strip()));
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText())
        .contains("Tiếp nhận hồ sơ (đầy đủ, hợp lệ)", "Từ chối tiếp nhận", "Đã số hóa giấy tờ");
    // Tasklist keeps its (hidden) error alert in the page: what must not show is its text
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain("Form failure", "Lỗi biểu mẫu");
  }

  @Test
  void otherCommuneOfficerDoesNotSeeTheTask() throws IOException {
    login("tiepnhan.hoaphu");

    openUnitFilter();
    wait.until(
        driver ->
            !driver.findElements(By.cssSelector("li.task")).isEmpty()
                || driver.getPageSource().contains("Không có công việc nào khớp bộ lọc."));
    assertThat(browser.findElements(By.cssSelector("li.task a[href*='" + taskId + "']"))).isEmpty();

    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("body"), "No matching task with id " + taskId));
    assertThat(browser.findElements(By.cssSelector(".fjs-form"))).isEmpty();
    screenshot("tasklist-other-commune");
    assertThat(dossier()).containsEntry("status", "RECEIVED");
  }

  /**
   * Opens Tasklist on the shared filter "Việc của đơn vị" and waits for it to be the active one.
   */
  private void openUnitFilter() {
    String filter =
        filters.createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
    browser.get("about:blank");
    browser.get(url("/camunda/app/tasklist/default/#/?filter=" + filter));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".task-filter.active"), "Việc của đơn vị"));
  }

  /**
   * Waits for the task in the filter's list, searched by its dossier code (Tasklist's search on the
   * process variable {@code dossierCode}, carried in the address), so tasks other tests left open
   * cannot push it off the first page.
   */
  private void searchTaskByDossierCode() {
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

  /** Opens the task in Tasklist by its link and waits for its form to show the dossier code. */
  private void openTask() {
    browser.get("about:blank");
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".fjs-form"), "Mã hồ sơ: " + code));
  }

  /**
   * Ticks the radio button or checkbox with this label; Tasklist may re-render the form meanwhile.
   */
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
    // the page is replaced while the condition is polled: ride out the navigation
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
