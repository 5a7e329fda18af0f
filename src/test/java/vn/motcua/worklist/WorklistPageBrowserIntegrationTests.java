package vn.motcua.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * The worklist page in headless Chromium: the reception officer of An Bình finds the new dossier's
 * step with its due dates and a link to its form in Tasklist, switches the page to English, and the
 * officer of Hòa Phú does not see it.
 */
@IntegrationTest
class WorklistPageBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;

  private WebDriver browser;
  private WebDriverWait wait;
  private String applicant;
  private String code;

  @BeforeEach
  void anBinhReceivesADossier() throws IOException {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    applicant = "Trang " + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.put("applicant", Map.of("fullName", applicant, "idNumber", "001090012345"));
    code =
        (String)
            http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
                .exchange(
                    "/api/dossiers",
                    HttpMethod.POST,
                    new HttpEntity<>(body),
                    new ParameterizedTypeReference<Map<String, Object>>() {})
                .getBody()
                .get("code");
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** Ends this test's dossier, so that Tasklist's lists in other tests stay short. */
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
  void receptionOfficerSeesTheStepAndSwitchesToEnglish() throws IOException {
    login("tiepnhan.anbinh");
    browser.get(url("/worklist?q=" + applicant));
    WebElement row =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-code='" + code + "']")));
    assertThat(row.getText())
        .contains(code, "Đăng ký khai sinh", applicant, "Tiếp nhận hồ sơ", "Trong hạn")
        .contains("23/11/2026 09:00", "23/11/2026 17:00", "Chưa nhận");
    assertThat(browser.findElement(By.cssSelector("#worklist thead")).getText())
        .contains("Mã hồ sơ", "Hạn bước", "Hạn trả kết quả");
    assertThat(row.findElement(By.cssSelector("a.open")).getAttribute("href"))
        .contains("/camunda/app/tasklist/default/#/?task=");
    screenshot("worklist-vi");

    browser.findElement(By.id("lang-en")).click();
    browser.get(url("/worklist?q=" + applicant));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#worklist thead"), "Dossier"));
    assertThat(browser.findElement(By.cssSelector("tr[data-code='" + code + "']")).getText())
        .contains("On time", "Unclaimed");
    screenshot("worklist-en");

    browser.findElement(By.cssSelector("tr[data-code='" + code + "'] button.claim")).click();
    wait.until(ExpectedConditions.urlContains("scope=MINE"));
    browser.get(url("/worklist?scope=mine&q=" + applicant));
    assertThat(
            wait.until(
                    ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("tr[data-code='" + code + "']")))
                .getText())
        .contains("tiepnhan.anbinh")
        .doesNotContain("Unclaimed");
    assertThat(browser.findElements(By.cssSelector("tr[data-code='" + code + "'] button.claim")))
        .isEmpty();
    screenshot("worklist-claimed");
  }

  @Test
  void anotherCommunesOfficerDoesNotSeeIt() throws IOException {
    login("tiepnhan.hoaphu");
    browser.get(url("/worklist?q=" + applicant));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("empty")));
    assertThat(browser.findElements(By.cssSelector("tr[data-code='" + code + "']"))).isEmpty();
    screenshot("worklist-other-commune");
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
