package vn.motcua.studio;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.http.HttpStatus;
import vn.motcua.Browsers;
import vn.motcua.IntegrationTest;

/**
 * The provincial inspector reads, in headless Chromium, what an administrator changed between two
 * versions of a procedure published from the studio: the change note, the fee, the appraisal's
 * budget and the renamed approval step; in Vietnamese, then in English.
 */
@IntegrationTest
class StudioDiffBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  private WebDriver browser;

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
  void theInspectorReadsWhatChangedBetweenTwoVersions() throws IOException {
    String key = StudioModels.key();
    Map<String, Object> template = StudioModels.template(http, key);
    @SuppressWarnings("unchecked")
    Map<String, Object> forms = (Map<String, Object>) template.get("forms");
    String v1 = StudioModels.filled((String) template.get("bpmn"));
    String v2 =
        v1.replace("value=\"P7D\"", "value=\"P5D\"")
            .replace("name=\"Phê duyệt, ký kết quả\"", "name=\"Lãnh đạo phê duyệt\"")
            .replace("value=\"Miễn phí\"", "value=\"50.000 đồng\"");
    publish(v1, forms, "Bản đầu tiên");
    publish(v2, forms, "Rút ngắn thẩm định, đổi tên bước phê duyệt");

    Browsers.signIn(browser, url(""), "thanhtra.tinh");
    browser.get(url("/studio/procedures/" + key + "/diff"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("studio-diff")));
    assertThat(browser.findElement(By.id("change-note")).getText())
        .contains("Rút ngắn thẩm định, đổi tên bước phê duyệt");
    assertThat(browser.findElement(By.id("metadata")).getText())
        .contains("fee", "Miễn phí", "50.000 đồng");
    assertThat(browser.findElement(By.id("budgets")).getText())
        .contains("Thẩm định hồ sơ", "P7D", "P5D");
    assertThat(browser.findElement(By.id("changed")).getText())
        .contains("Task_Approval", "Phê duyệt, ký kết quả", "Lãnh đạo phê duyệt");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("phiên bản 1 → 2");
    Browsers.screenshot(browser, "studio-diff-vi");

    browser.findElement(By.id("lang-en")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("lang=en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("version 1 → 2");
    assertThat(browser.findElement(By.id("budgets")).getText()).contains("Before", "After");
    Browsers.screenshot(browser, "studio-diff-en");
  }

  private void publish(String bpmn, Map<String, Object> forms, String note) {
    var published =
        StudioModels.post(
            http, "admin", "/api/studio/publish", StudioModels.model(bpmn, forms, note));
    assertThat(published.getStatusCode())
        .as("%s", published.getBody())
        .isEqualTo(HttpStatus.CREATED);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
