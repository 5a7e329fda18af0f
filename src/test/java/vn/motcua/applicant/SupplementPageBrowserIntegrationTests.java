package vn.motcua.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Browsers;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;
import vn.motcua.attachment.Scans;
import vn.motcua.dossier.StatusLinks;

/**
 * The applicant opens the supplementation notice's link on a phone (390 px) or a wide window, reads
 * what the agency asked for, picks a PDF and sends it: the dossier leaves AWAITING_SUPPLEMENT.
 */
@IntegrationTest
class SupplementPageBrowserIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired StatusLinks links;
  @Autowired ProcessEngine engine;

  @LocalServerPort int port;

  private WebDriver browser;

  @BeforeEach
  void start() throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    browser = Browsers.chromium();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    DemoData.resetClock();
  }

  @ParameterizedTest
  @ValueSource(ints = {390, 1280})
  void theApplicantSendsTheSupplementFromTheNoticeLink(int width) throws Exception {
    String code = awaitingSupplement();
    browser.manage().window().setSize(new Dimension(width, 900));
    String page =
        "http://127.0.0.1:" + port + "/public/supplement/" + code + "?t=" + links.token(code);
    browser.get(page);

    assertThat(browser.findElement(By.id("code")).getText()).isEqualTo(code);
    assertThat(browser.findElements(By.cssSelector("#items li")))
        .extracting(e -> e.getText())
        .containsExactly("Giấy chứng sinh bản chính", "CCCD của mẹ");
    assertThat(
            ((Number)
                    ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth"))
                .intValue())
        .as("no horizontal scrolling at %d px", width)
        .isLessThanOrEqualTo(width);
    Browsers.screenshot(browser, "public-supplement-" + width);

    Path scan = Files.createTempFile("giay-chung-sinh", ".pdf");
    Files.write(scan, Scans.pdf());
    browser.findElement(By.id("files")).sendKeys(scan.toAbsolutePath().toString());
    browser.findElement(By.id("note")).sendKeys("Bản chính giấy chứng sinh");
    browser.findElement(By.id("send")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "Đã gửi"));
    assertThat(browser.findElement(By.id("result")).getAttribute("class")).isEqualTo("ok");
    assertThat(
            jdbc.sql("select status from dossier where code = ?")
                .param(code)
                .query(String.class)
                .single())
        .isEqualTo("IN_PROGRESS");

    // the link now says the dossier does not await a supplement, in English on request
    browser.get(page + "&lang=en");
    assertThat(browser.findElement(By.id("not-awaiting")).getText())
        .contains("does not await a supplement");
    assertThat(browser.findElements(By.id("supplement-form"))).isEmpty();
  }

  private String awaitingSupplement() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    ResponseEntity<Map<String, Object>> asked =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/supplementation-request",
                HttpMethod.POST,
                new HttpEntity<>(
                    Map.of(
                        "reason",
                        "Giấy chứng sinh không rõ",
                        "items",
                        List.of("Giấy chứng sinh bản chính", "CCCD của mẹ"))),
                JSON);
    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.OK);
    return code;
  }
}
