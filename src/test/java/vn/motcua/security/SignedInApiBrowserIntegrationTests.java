package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
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

/**
 * In headless Chromium, signed in on our login page: the timeline's link to the control sheet (form
 * 06, served by the API) opens a page with the sheet, the dossier JSON and the notifications open
 * as JSON, and an unknown page shows our HTML page with a link home; none of them asks for a
 * password.
 */
@IntegrationTest
class SignedInApiBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  private WebDriver browser;
  private String code;

  @BeforeEach
  void anBinhReceivesADossier() throws IOException {
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
    browser = Browsers.chromium();
  }

  @AfterEach
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theTimelinesControlSheetLinkOpensTheSheet() throws IOException {
    String base = "http://localhost:" + port;
    Browsers.signIn(browser, base, "chutich.anbinh");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    browser.get(base + "/dossiers/" + code + "/timeline");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("control-sheet"))).click();
    wait.until(ExpectedConditions.urlContains("/papers/06"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    String sheet = browser.findElement(By.tagName("body")).getText();
    Browsers.screenshot(browser, "signed-in-control-sheet-06");
    assertThat(sheet).contains(code).containsIgnoringCase("phiếu kiểm soát");

    browser.get(base + "/api/dossiers/" + code);
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"code\":\"" + code);
    browser.get(base + "/api/notifications");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"unread\"");

    browser.get(base + "/khong-co-trang-nay");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
    Browsers.screenshot(browser, "signed-in-unknown-page");
    assertThat(browser.findElement(By.id("not-found")).getText()).isEqualTo("Không tìm thấy trang");
    browser.findElement(By.id("home")).click();
    wait.until(ExpectedConditions.urlToBe(base + "/"));
  }
}
