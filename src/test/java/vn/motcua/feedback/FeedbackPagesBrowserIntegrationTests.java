package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.Browsers;
import vn.motcua.IntegrationTest;

/**
 * A citizen sends feedback about An Bình from a 390 px wide phone: the form shows only the fields
 * of the chosen subject, problems appear next to their fields, the page never scrolls sideways; the
 * citizen's own page follows. The chairman answers on the staff page, and the citizen reads it.
 */
@IntegrationTest
class FeedbackPagesBrowserIntegrationTests {

  @LocalServerPort int port;
  WebDriver browser;

  @BeforeEach
  void open() throws Exception {
    browser = Browsers.chromium();
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @Test
  void aCitizenSendsFeedbackFromAPhoneAndReadsTheAnswer() throws Exception {
    String base = "http://localhost:" + port;
    browser.manage().window().setSize(new Dimension(390, 1400));
    browser.get(base + "/public/feedback");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Phản ánh, kiến nghị");
    assertThat(browser.findElement(By.id("dossierCode")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("procedure")).isDisplayed()).isFalse();
    browser.findElement(By.cssSelector("input[name=about][value=AGENCY]")).click();
    assertThat(browser.findElement(By.id("dossierCode")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("agency")).isDisplayed()).isTrue();
    assertThat(sidewaysScroll()).isFalse();
    Browsers.screenshot(browser, "feedback-form-390");

    new Select(browser.findElement(By.id("agency"))).selectByVisibleText("UBND xã An Bình");
    browser.findElement(By.id("senderName")).sendKeys("Trần Thị Bình");
    browser.findElement(By.id("email")).sendKeys("binh.tran@example.vn");
    browser.findElement(By.id("send")).click();
    wait(By.id("form-errors"));
    assertThat(browser.findElement(By.cssSelector("textarea#content ~ small.error")).getText())
        .isEqualTo("Vui lòng nhập Nội dung.");
    assertThat(browser.findElement(By.id("senderName")).getAttribute("value"))
        .isEqualTo("Trần Thị Bình");
    assertThat(sidewaysScroll()).isFalse();
    Browsers.screenshot(browser, "feedback-form-errors-390");

    String content = "Bộ phận một cửa không niêm yết lệ phí đăng ký khai sinh.";
    browser.findElement(By.id("content")).sendKeys(content);
    browser.findElement(By.id("send")).click();
    wait(By.id("created"));
    String code = browser.findElement(By.id("code")).getText();
    assertThat(code).startsWith("PA-");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã giao cơ quan xử lý");
    assertThat(browser.findElement(By.id("agency")).getText()).isEqualTo("UBND xã An Bình");
    String ownLink = browser.findElement(By.id("own-link")).getAttribute("href");
    assertThat(sidewaysScroll()).isFalse();
    Browsers.screenshot(browser, "feedback-sent-390");

    Browsers.signIn(browser, base, "chutich.anbinh");
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(base + "/feedback");
    wait(By.id("row-" + code));
    assertThat(browser.findElement(By.id("nav-feedback")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("row-" + code)).getText()).contains(content);
    browser.findElement(By.cssSelector("#row-" + code + " details.act summary")).click();
    String answer = "UBND xã đã niêm yết lệ phí tại bộ phận một cửa. Cảm ơn bà đã phản ánh.";
    browser.findElement(By.cssSelector("#row-" + code + " textarea[name=answer]")).sendKeys(answer);
    browser.findElement(By.cssSelector("#row-" + code + " form[action$='/answer'] button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("row-" + code), "Đã trả lời"));
    Browsers.screenshot(browser, "feedback-staff");

    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new Dimension(390, 1000));
    browser.get(ownLink + "&lang=en");
    wait(By.id("answer"));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Answered");
    assertThat(browser.findElement(By.cssSelector("#answer .answer")).getText()).isEqualTo(answer);
    assertThat(browser.getPageSource()).doesNotContain("chutich");
    assertThat(sidewaysScroll()).isFalse();
    Browsers.screenshot(browser, "feedback-answered-390-en");
  }

  private boolean sidewaysScroll() {
    Number scroll =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
    return scroll.intValue() > 390;
  }

  private void wait(By what) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(what));
  }
}
