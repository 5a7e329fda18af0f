package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Browsers;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.dossier.StatusLinks;
import vn.motcua.reporting.TanLapDesk;

/**
 * The rating pages in headless Chromium: the applicant opens the notice's link on a phone (390 px
 * wide), answers the five questions and sends, and sees the thanks; the reception officer of Tân
 * Lập opens the desk's tablet page for another dossier (signed in, so the page's post carries the
 * CSRF token) and the applicant rates there. Two business household registrations returned in July
 * 2034.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingPageBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired StatusLinks links;
  @Autowired JdbcClient jdbc;

  private TanLapDesk desk;
  private String online;
  private String atDesk;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  void returnedDossiers() {
    desk = new TanLapDesk(engine, http);
    LocalDateTime monday = LocalDateTime.of(2034, 7, 3, 9, 0);
    online = desk.receive(monday, "COUNTER");
    atDesk = desk.receive(monday, "COUNTER");
    DemoData.setClock(LocalDateTime.of(2034, 7, 4, 9, 0));
    desk.resolve(online, LocalDateTime.of(2034, 7, 5, 10, 0));
    desk.resolve(atDesk, LocalDateTime.of(2034, 7, 5, 10, 30));
    DemoData.setClock(LocalDateTime.of(2034, 7, 6, 9, 0));
  }

  @AfterAll
  void end() {
    desk.end();
  }

  @BeforeEach
  void openBrowser() throws IOException {
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theApplicantRatesOnAPhoneThroughTheNoticeLink() throws IOException {
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(url("/public/rating/" + online + "?t=" + links.token(online)));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-form")));
    assertThat(browser.findElements(By.cssSelector("fieldset.question"))).hasSize(5);
    assertThat(width()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);

    // sending with a question unanswered asks for it, and sends nothing
    click(By.cssSelector("label[for='overall-VERY_SATISFIED'], #overall-VERY_SATISFIED"));
    click(By.id("rating-submit"));
    assertThat(browser.findElement(By.id("rating-missing")).isDisplayed()).isTrue();
    for (String question : List.of("information", "timeliness", "attitude", "result")) {
      click(By.id(question + "-SATISFIED"));
    }
    browser.findElement(By.id("comment")).sendKeys("Cán bộ hướng dẫn tận tình.");
    Browsers.screenshot(browser, "rating-phone-390-filled");
    click(By.id("rating-submit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
    assertThat(browser.findElement(By.id("thanks")).getText())
        .contains("Cảm ơn ông/bà đã đánh giá!");
    assertThat(browser.findElement(By.id("rating-form")).isDisplayed()).isFalse();
    Browsers.screenshot(browser, "rating-phone-390-thanks");

    assertThat(
            jdbc.sql(
                    "select a.level from rating r join rating_answer a on a.rating_seq = r.seq"
                        + " where r.dossier_code = ? and a.question_id = 'overall'")
                .param(online)
                .query(String.class)
                .single())
        .isEqualTo("VERY_SATISFIED");
    assertThat(
            jdbc.sql("select comment from rating where dossier_code = ?")
                .param(online)
                .query(String.class)
                .single())
        .isEqualTo("Cán bộ hướng dẫn tận tình.");

    // the link again: rated already, no form
    browser.get(url("/public/rating/" + online + "?t=" + links.token(online) + "&lang=en"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rated")));
    assertThat(browser.findElement(By.id("rated")).getText())
        .isEqualTo("This dossier has been rated already. Thank you.");
    assertThat(browser.findElements(By.id("rating-form"))).isEmpty();
  }

  @Test
  void theApplicantRatesOnTheDesksTablet() throws IOException {
    browser.manage().window().setSize(new Dimension(820, 1180));
    Browsers.signIn(browser, url(""), TanLapDesk.RECEPTION);
    browser.get(url("/reception/rating/" + atDesk));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-form")));
    assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("kiosk");
    for (String question : List.of("information", "timeliness", "attitude", "result", "overall")) {
      click(By.id(question + "-VERY_SATISFIED"));
    }
    Browsers.screenshot(browser, "rating-desk-tablet-filled");
    click(By.id("rating-submit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
    Browsers.screenshot(browser, "rating-desk-tablet-thanks");
    assertThat(
            jdbc.sql(
                    "select channel || ' ' || desk_officer || ' ' || actor from rating where dossier_code = ?")
                .param(atDesk)
                .query(String.class)
                .single())
        .startsWith("DESK tiepnhan.tanlap citizen:");
  }

  private void click(By by) {
    WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
  }

  private long width() {
    return (Long)
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth;");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
