package vn.motcua.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
import org.springframework.http.ResponseEntity;
import vn.motcua.Browsers;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.dossier.StatusLinks;

/**
 * A citizen on a phone (390 px) scans the receipt's QR code of a dossier whose clock stopped for a
 * supplement and started again, and reads the deadline explained: the stop from … to … with its
 * reason and basis, the restart, and the days that did not count.
 */
@IntegrationTest
class StatusPageBrowserIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired StatusLinks links;
  @LocalServerPort int port;

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  void theQrLinkOfAPausedAndResumedDossierExplainsItsDeadlineOnAPhone() throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 12, 10, 9, 0));
    String code = receive();
    DemoData.setClock(LocalDateTime.of(2026, 12, 10, 10, 0));
    act(
        code,
        "supplementation-request",
        Map.of("reason", "Thiếu giấy chứng sinh bản chính", "items", List.of("Giấy chứng sinh")));
    DemoData.setClock(LocalDateTime.of(2026, 12, 14, 14, 0));
    act(code, "supplement", Map.of("note", "Đã nộp"));

    WebDriver browser = Browsers.chromium();
    try {
      browser.manage().window().setSize(new Dimension(390, 844));
      URI link = URI.create(links.link(code));
      browser.get("http://localhost:" + port + link.getRawPath() + "?" + link.getRawQuery());
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("segments")));
      assertThat(browser.findElement(By.id("code")).getText()).isEqualTo(code);
      assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã tiếp nhận");
      assertThat(browser.findElement(By.id("step")).getText()).isEqualTo("Tiếp nhận hồ sơ");
      WebElement paused = browser.findElement(By.cssSelector("#segments li[data-kind='PAUSED']"));
      assertThat(paused.getText())
          .contains("Từ 10:00 ngày 10/12/2026 đến 14:00 ngày 14/12/2026")
          .contains("Tạm dừng tính thời hạn: Chờ người nộp bổ sung, hoàn thiện hồ sơ")
          .contains("Yêu cầu bổ sung: Thiếu giấy chứng sinh bản chính")
          .contains("Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5");
      assertThat(
              browser.findElement(By.cssSelector("#segments li[data-kind='RESTARTED']")).getText())
          .contains("14:00 ngày 14/12/2026")
          .contains("thời hạn tính lại từ đầu");
      assertThat(browser.findElements(By.cssSelector("#days li")))
          .extracting(day -> day.getText().replace('\n', ' '))
          .anySatisfy(
              t ->
                  assertThat(t)
                      .startsWith("– Thứ Năm 10/12 – Thứ Sáu 11/12: tạm dừng tính thời hạn"))
          .anySatisfy(
              t ->
                  assertThat(t)
                      .startsWith("– Thứ Bảy 12/12 – Chủ Nhật 13/12: nghỉ cuối tuần, không tính"))
          .anySatisfy(t -> assertThat(t).startsWith("✓ Thứ Hai 14/12: tính 3 giờ làm việc"));
      assertThat(browser.findElement(By.id("due")).getText()).contains("17:00 ngày 14/12/2026");
      assertThat(browser.findElement(By.tagName("body")).getText())
          .doesNotContain("Nguyễn Văn An", "001090012345", "tiepnhan");
      long width =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript("return document.documentElement.scrollWidth;");
      assertThat(width).as("nothing wider than the phone").isLessThanOrEqualTo(390);
      ((JavascriptExecutor) browser).executeScript("document.body.style.minHeight='0'");
      browser.manage().window().setSize(new Dimension(390, pageHeight(browser)));
      Browsers.screenshot(browser, "status-page-390");
    } finally {
      browser.quit();
    }
  }

  private static int pageHeight(WebDriver browser) {
    Long height =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
    return (int) Math.min(4000, height + 140);
  }

  private String receive() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private void act(String code, String action, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body),
                JSON);
    assertThat(response.getStatusCode())
        .as("%s %s", action, response.getBody())
        .isEqualTo(HttpStatus.OK);
  }
}
