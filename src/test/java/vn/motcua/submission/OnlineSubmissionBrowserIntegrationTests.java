package vn.motcua.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Browsers;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * A citizen on a phone (390 px wide, headless Chromium, not signed in) finds the birth registration
 * in the public catalogue by typing "khai sinh", opens it, presses "Nộp trực tuyến", fills the
 * form, attaches a PDF, asks for the code, reads it from the e-mail (GreenMail), enters it and
 * submits: the page shows the dossier code, its status link and QR code.
 */
@IntegrationTest
class OnlineSubmissionBrowserIntegrationTests {

  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Value("${spring.mail.port}")
  int smtpPort;

  private WebDriver browser;
  private WebDriverWait wait;
  private GreenMail smtp;
  private final String email =
      "congdan" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.vn";
  private final String idNumber =
      "0030" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);

  @BeforeEach
  void open() throws Exception {
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    browser = Browsers.chromium();
    browser.manage().window().setSize(new Dimension(390, 844));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
    smtp.stop();
  }

  @Test
  void aCitizenSubmitsABirthRegistrationOnlineFromAPhone() throws Exception {
    browser.get("http://localhost:" + port + "/public/procedures");
    browser.findElement(By.id("q")).sendKeys("khai sinh");
    browser.findElement(By.id("search")).click();
    WebElement found =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("li[data-key='birth-registration'] a.procedure")));
    Browsers.screenshot(browser, "public-catalogue-390");
    found.click();
    wait.until(ExpectedConditions.textToBe(By.id("code"), "1.001193"));
    assertThat(browser.findElement(By.id("legal-time")).getText()).contains("15:00");
    assertThat(browser.findElement(By.id("fee")).getText()).isEqualTo("Miễn phí");
    assertThat(
            browser.findElements(
                By.cssSelector("#agencies li[data-code='" + DemoData.AN_BINH + "']")))
        .hasSize(1);
    Browsers.screenshot(browser, "public-procedure-390");
    WebElement online = browser.findElement(By.id("submit-online"));
    assertThat(online.getText()).isEqualTo("Nộp trực tuyến");
    online.click();

    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#start-form[data-rendered='birth-registration'] .fjs-form")));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("agency")))
        .selectByValue(DemoData.AN_BINH);
    browser.findElement(By.id("fullName")).sendKeys("Phạm Thị Lan");
    browser.findElement(By.id("idNumber")).sendKeys(idNumber);
    browser.findElement(By.id("email")).sendKeys(email);
    fillStartForm();
    Path scan = Files.createTempDirectory("scan").resolve("giay-chung-sinh.pdf");
    Files.write(scan, OnlineSubmissionIntegrationTests.pdf());
    browser.findElement(By.id("file-D2")).sendKeys(scan.toAbsolutePath().toString());

    click(By.id("send-code"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-sent")));
    browser.findElement(By.id("code")).sendKeys(codeFromMail());
    click(By.id("check-code"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proved")));
    Browsers.screenshot(browser, "public-submission-filled-390");

    click(By.id("submit"));
    WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    String code = result.getAttribute("data-code");
    assertThat(code).startsWith(DemoData.AN_BINH + "-");
    assertThat(browser.findElement(By.id("result-code")).getText()).isEqualTo(code);
    assertThat(browser.findElement(By.id("result-status")).getAttribute("href"))
        .contains("/status/" + code + "?t=");
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "const i = document.getElementById('result-qr'); return i.complete && i.naturalWidth > 0;"));
    Browsers.screenshot(browser, "public-submission-done-390");
    assertThat(
            jdbc.sql("select status from dossier where code = ?")
                .param(code)
                .query(String.class)
                .single())
        .isEqualTo("SUBMITTED");
    assertThat(
            jdbc.sql("select count(*) from attachment where dossier_code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  /** The child's name, birth date (dd/MM/yyyy) and sex; the rest left empty. */
  private void fillStartForm() {
    for (WebElement field :
        browser.findElements(
            By.cssSelector("#start-form .fjs-form-field:not(.fjs-form-field-grouplike)"))) {
      String label = field.getText().toLowerCase();
      List<WebElement> inputs = field.findElements(By.cssSelector("input.fjs-input"));
      if (label.startsWith("họ, chữ đệm") && !inputs.isEmpty()) {
        inputs.get(0).sendKeys("Phạm Minh Khang");
      } else if (label.contains("dd/mm/yyyy") || label.contains("ngày/tháng/năm")) {
        inputs.get(0).sendKeys("20/11/2026");
      } else if (field.getAttribute("class").contains("fjs-form-field-select")) {
        click(field.findElement(By.cssSelector(".fjs-input-group")));
        wait.until(
                ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    field, By.cssSelector(".fjs-dropdownlist-item")))
            .get(0)
            .click();
      }
    }
  }

  private void click(By by) {
    click(browser.findElement(by));
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block:'center'});", element);
    element.click();
  }

  private String codeFromMail() throws Exception {
    wait.until(d -> smtp.getReceivedMessages().length > 0);
    MimeMessage mail = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
    Matcher m = CODE.matcher(GreenMailUtil.getBody(mail));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
