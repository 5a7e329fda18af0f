package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reporting.TimedDossiers.PROCEDURE;
import static vn.motcua.reporting.TimedDossiers.TAN_LAP;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.Browsers;
import vn.motcua.IntegrationTest;

/**
 * The provincial inspector in headless Chromium opens the business household registration diagram
 * for Tân Lập in June 2033 ({@link TimedDossiers}): bpmn-js draws the deployed BPMN, the result
 * return is marked red with its median and budget (4 / 2 giờ), 90th percentile and count on it, the
 * appraisal amber, the other steps green, next to the bpmn.io watermark; another commune's official
 * is refused the page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcedureDiagramBrowserIntegrationTests {

  private static final String JUNE =
      "/reports/procedures/"
          + PROCEDURE
          + "/diagram?agency="
          + TAN_LAP
          + "&from=2033-06-01&to=2033-06-30";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  private TimedDossiers dossiers;
  private WebDriver browser;

  @BeforeAll
  void threeDossiersOfJune() {
    dossiers = new TimedDossiers(engine, http);
    dossiers.driveFrom(LocalDate.of(2033, 6, 7));
  }

  @AfterAll
  void endThem() {
    dossiers.end();
  }

  @BeforeEach
  void openBrowser() throws IOException {
    browser = Browsers.chromium();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theInspectorSeesTheResultReturnInRedOnTheDiagram() throws IOException {
    login("thanhtra.tinh");
    browser.get(url(JUNE));
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-container svg")));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram[data-rendered]")));

    WebElement resultReturn = shape("Task_ResultReturn");
    assertThat(resultReturn.getAttribute("class")).contains("delay-red");
    assertThat(shape("Task_Appraisal").getAttribute("class")).contains("delay-amber");
    assertThat(shape("Task_Reception").getAttribute("class")).contains("delay-green");
    assertThat(shape("Task_IssueCertificate").getAttribute("class")).contains("delay-green");
    WebElement overlay =
        browser.findElement(
            By.cssSelector(".djs-overlays[data-container-id='Task_ResultReturn'] .delay-badge"));
    assertThat(overlay.getText()).contains("4 / 2 giờ", "p90 7,2 giờ · n = 3");
    assertThat(browser.findElement(By.cssSelector(".bjs-powered-by")).isDisplayed())
        .as("the bpmn.io watermark the licence asks for")
        .isTrue();
    assertThat(browser.findElement(By.id("step-Task_ResultReturn")).getText())
        .contains("Trả kết quả", "200 %", "Trung vị vượt định mức");
    screenshot("procedure-diagram-vi");

    browser.findElement(By.id("lang-en")).click();
    wait.until(ExpectedConditions.urlContains("lang=en"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram[data-rendered]")));
    assertThat(
            browser
                .findElement(
                    By.cssSelector(
                        ".djs-overlays[data-container-id='Task_ResultReturn'] .delay-badge"))
                .getText())
        .contains("4 / 2 h", "p90 7.2 h · n = 3");
    screenshot("procedure-diagram-en");
  }

  @Test
  void anotherCommunesOfficialIsRefused() {
    login("hotich.hoaphu");
    browser.get(url(JUNE));
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#refused[data-status='403']")));
    assertThat(browser.findElement(By.id("detail")).getText())
        .isEqualTo("Bạn không được xem báo cáo của cơ quan \"" + TAN_LAP + "\".");
    assertThat(browser.findElements(By.cssSelector(".djs-container"))).isEmpty();
  }

  private WebElement shape(String id) {
    return browser.findElement(By.cssSelector(".djs-element[data-element-id='" + id + "']"));
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
