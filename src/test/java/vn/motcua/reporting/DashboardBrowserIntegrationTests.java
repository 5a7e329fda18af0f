package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * The provincial inspector in headless Chromium: the dashboard shows a Hòa Phú birth registration
 * two working days overdue, with its step, unit and holder by name and hours late, next to the
 * chart and the exports; the dossier's code leads to its timeline.
 */
@IntegrationTest
class DashboardBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private WebDriver browser;
  private String code;

  @BeforeEach
  void hoaPhuReceivesADossierThatRunsLate() throws IOException {
    DemoData.setClock(LocalDateTime.of(2031, 6, 2, 8, 0));
    code =
        (String)
            http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
                .exchange(
                    "/api/dossiers",
                    HttpMethod.POST,
                    new HttpEntity<>(DemoData.birthRegistration(HOA_PHU)),
                    new ParameterizedTypeReference<Map<String, Object>>() {})
                .getBody()
                .get("code");
    String reception =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .taskDefinitionKey("Task_Reception")
            .singleResult()
            .getId();
    if (tasks.createTaskQuery().taskId(reception).singleResult().getAssignee() == null) {
      http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
          .postForEntity("/api/worklist/tasks/" + reception + "/claim", Map.of(), String.class);
    }
    DemoData.setClock(LocalDateTime.of(2031, 6, 4, 10, 0));
    browser = Browsers.chromium();
  }

  @AfterEach
  void endIt() {
    runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
    DemoData.resetClock();
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theInspectorSeesTheOverdueDossierAndFollowsItToItsTimeline() throws IOException {
    login("thanhtra.tinh");
    browser.get(url("/dashboard?agency=" + HOA_PHU + "&from=2031-06-01&to=2031-06-30"));
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    WebElement row =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#overdue tr[data-code='" + code + "']")));
    // due Mon 2 June 17:00; now Wed 4 June 10:00: 8 h on Tuesday and 2.5 h this morning
    assertThat(row.getText())
        .contains(code, "Đăng ký khai sinh", "02/06/2031 17:00", "10,5", "Tiếp nhận hồ sơ");
    // the unit and the holder by name; the group code only as a tooltip, the login in small print
    WebElement unit = row.findElement(By.cssSelector("td.unit .name"));
    assertThat(unit.getText()).isEqualTo("Tiếp nhận (một cửa) · UBND phường Hòa Phú");
    assertThat(unit.getAttribute("title")).isEqualTo(HOA_PHU + ":reception");
    assertThat(row.findElement(By.cssSelector("td.holder .name")).getText())
        .isEqualTo("Phạm Thu Hà");
    assertThat(row.findElement(By.cssSelector("td.holder small")).getText())
        .isEqualTo("tiepnhan.hoaphu");
    assertThat(row.getText()).doesNotContain(HOA_PHU + ":reception");
    assertThat(Integer.parseInt(browser.findElement(By.id("received")).getText()))
        .isGreaterThanOrEqualTo(1);
    assertThat(Integer.parseInt(browser.findElement(By.id("now-overdue")).getText()))
        .isGreaterThanOrEqualTo(1);
    assertThat(browser.findElement(By.id("export-xlsx")).getAttribute("href"))
        .contains("/api/reports/statistics?format=xlsx&from=2031-06-01&to=2031-06-30");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-procedures canvas")));
    screenshot("dashboard-vi");

    row.findElement(By.cssSelector("a.dossier")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("header")));
    assertThat(browser.getCurrentUrl()).endsWith("/dossiers/" + code);
    browser.findElement(By.id("timeline-link")).click();
    wait.until(ExpectedConditions.urlContains("/dossiers/" + code + "/timeline"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains(code, "Tiếp nhận");
    screenshot("dashboard-timeline");
  }

  @Test
  void anotherCommunesOfficerIsRefusedHoaPhusDashboard() {
    login("tiepnhan.anbinh");
    browser.get(url("/dashboard?agency=" + HOA_PHU));
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
    assertThat(browser.getPageSource()).doesNotContain(code);
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
