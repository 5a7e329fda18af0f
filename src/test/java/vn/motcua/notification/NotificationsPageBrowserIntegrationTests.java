package vn.motcua.notification;

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
import org.openqa.selenium.Dimension;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Browsers;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * The frame of our pages and the notifications page in headless Chromium, 1024 px wide: a
 * specialist a step was transferred to is greeted by full name with unit and agency by name, the
 * bell counts the unread notices, the notifications page shows the transfer in words with its
 * reason, marks it read through the API (the bell goes down), and links to the dossier's page.
 */
@IntegrationTest
class NotificationsPageBrowserIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;

  private WebDriver browser;
  private WebDriverWait wait;
  private String code;

  @BeforeEach
  void openBrowser() throws IOException {
    jdbc.sql("update official set language = null where agency_code = ?").param(AN_BINH).update();
    browser = Browsers.chromium();
    browser.manage().window().setSize(new Dimension(1024, 900));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    DemoData.resetClock();
    if (browser != null) {
      browser.quit();
    }
    if (code != null) {
      runtime
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(code)
          .list()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
    }
  }

  @Test
  void aSpecialistIsGreetedByNameSeesTheBellAndOpensTheNotice() throws IOException {
    DemoData.setClock(LocalDateTime.of(2026, 12, 7, 8, 0));
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
    var transferred =
        http.withBasicAuth("hotich.anbinh", PASSWORD)
            .exchange(
                "/api/worklist/tasks/" + appraisal + "/transfer",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("to", "tuphap.anbinh", "reason", "Nghỉ phép hai ngày")),
                JSON);
    assertThat(transferred.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    long unread =
        jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
            .param("tuphap.anbinh")
            .query(Long.class)
            .single();
    String fullName =
        jdbc.sql("select full_name from official where id = ?")
            .param("tuphap.anbinh")
            .query(String.class)
            .single();

    Browsers.signIn(browser, url(""), "tuphap.anbinh");
    assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("Xin chào, " + fullName);
    assertThat(browser.findElement(By.id("where")).getText()).contains("UBND xã An Bình");
    assertThat(browser.findElement(By.id("shell")).getText())
        .doesNotContain("tuphap.anbinh", "000.00.01.H99", "Cockpit", "Tổ chức");
    assertThat(browser.findElements(By.id("nav-admin"))).isEmpty();
    assertThat(browser.findElement(By.id("nav-worklist")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("bell-count")).getText())
        .isEqualTo(String.valueOf(unread));
    WebElement bell = browser.findElement(By.id("bell"));
    assertThat(bell.getLocation().getX() + bell.getSize().getWidth()).isLessThanOrEqualTo(1024);
    Browsers.screenshot(browser, "shell-home-1024");

    bell.click();
    WebElement notice =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ul[@id='notifications']/li[.//a[contains(@href,'" + code + "')]]")));
    assertThat(notice.getAttribute("class")).contains("unread");
    assertThat(notice.getText())
        .contains(
            "Được chuyển việc",
            code,
            "Nguyễn Văn An",
            "Lý do: Nghỉ phép hai ngày",
            "Chuyên viên · UBND xã An Bình",
            "08:00 ngày 07/12/2026")
        .doesNotContain(":specialist", "TRANSFERRED", "hotich.anbinh");
    Browsers.screenshot(browser, "shell-notifications-1024");

    notice.findElement(By.cssSelector("form.mark-read button")).click();
    wait.until(ExpectedConditions.attributeContains(notice, "class", "read"));
    wait.until(ExpectedConditions.textToBe(By.id("bell-count"), String.valueOf(unread - 1)));
    assertThat(
            jdbc.sql(
                    "select count(*) from notification where recipient = ? and dossier_code = ?"
                        + " and read_at is null")
                .params("tuphap.anbinh", code)
                .query(Long.class)
                .single())
        .isZero();

    notice.findElement(By.cssSelector("a.dossier")).click();
    wait.until(ExpectedConditions.urlContains("/dossiers/" + code));
    assertThat(browser.getCurrentUrl()).endsWith("/dossiers/" + code);

    browser.get(url("/notifications?lang=en"));
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Notifications"));
    assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("Hello, " + fullName);
    assertThat(browser.findElement(By.id("lang-vi")).getAttribute("href"))
        .endsWith("/notifications?lang=vi");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
