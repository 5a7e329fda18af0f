package vn.motcua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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

/**
 * A citizen's whole journey in headless Chromium, on a phone (390 px) and on a wide screen: finds
 * the birth registration in the public catalogue, submits it online with a PDF, enters the one-time
 * code e-mailed to them (GreenMail) and gets the dossier code; the desk accepts it; the specialist
 * asks for a supplement and the desk takes it in the next morning (the legal clock stopped in
 * between); the citizen scans the QR code of receipt 01 and reads the status with the deadline
 * explained, the stop included; the dossier is approved and returned; the citizen rates the service
 * through the link and the service index's satisfaction changes by that rating.
 */
@IntegrationTest
class CitizenJourneyBrowserIntegrationTests {

  private static final Pattern OTP = Pattern.compile("\\b(\\d{6})\\b");
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @Value("${spring.mail.port}")
  int smtpPort;

  private WebDriver browser;
  private WebDriverWait wait;
  private GreenMail smtp;
  private final String email =
      "congdan" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.vn";
  private final String idNumber =
      "0030" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
    if (smtp != null) {
      smtp.stop();
    }
    DemoData.resetClock();
  }

  @ParameterizedTest(name = "{0} px wide")
  @CsvSource({"390, 844, 2035-03-13", "1280, 900, 2035-03-20"})
  void aCitizenSubmitsOnlineTracksTheDeadlineAndRatesTheService(
      int width, int height, LocalDate tuesday) throws Exception {
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    browser = Browsers.chromium();
    browser.manage().window().setSize(new Dimension(width, height));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    DemoData.setClock(tuesday.atTime(9, 0));

    String code = submitOnline(width);
    // awaiting acceptance: no appointment yet, the legal time starts at acceptance
    Map<String, Object> submitted = lookup(code);
    assertThat(submitted).containsEntry("status", "SUBMITTED").doesNotContainKey("appointment");
    assertThat((List<?>) submitted.get("segments")).hasSize(1);
    assertThat((List<?>) submitted.get("days")).isEmpty();

    // the desk accepts at 09:30: the legal clock starts then (same day, before 15:00)
    DemoData.setClock(tuesday.atTime(9, 30));
    assertThat(
            staff(
                    "tiepnhan.anbinh",
                    HttpMethod.POST,
                    "/api/dossiers/" + code + "/acceptance",
                    Map.of("decision", "ACCEPT"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(lookup(code))
        .containsEntry(
            "clockStartedAt", tuesday.atTime(9, 30).atZone(DemoData.VIETNAM).toInstant().toString())
        .containsEntry(
            "appointment", tuesday.atTime(17, 0).atZone(DemoData.VIETNAM).toInstant().toString());
    // the specialist finds a document missing at 10:00; the applicant brings it the next morning
    DemoData.setClock(tuesday.atTime(10, 0));
    assertThat(
            staff(
                    "hotich.anbinh",
                    HttpMethod.POST,
                    "/api/dossiers/" + code + "/supplementation-request",
                    Map.of(
                        "reason",
                        "Giấy chứng sinh không đọc được",
                        "items",
                        List.of("Giấy chứng sinh (bản rõ)")))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    LocalDate wednesday = tuesday.plusDays(1);
    DemoData.setClock(wednesday.atTime(9, 0));
    assertThat(
            staff(
                    "tiepnhan.anbinh",
                    HttpMethod.POST,
                    "/api/dossiers/" + code + "/supplement",
                    Map.of("note", "Đã nộp bản rõ"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    // the citizen scans receipt 01's QR code and reads the status with the deadline explained
    DemoData.setClock(wednesday.atTime(9, 15));
    String link = qrCodeOf(receipt(code));
    assertThat(link).matches("https?://.+/status/" + code.replace(".", "\\.") + "\\?t=[\\w-]+");
    String token = link.substring(link.indexOf("?t=") + 3);
    browser.get("http://localhost:" + port + "/status/" + code + "?t=" + token);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("segments")));
    assertThat(browser.findElement(By.id("code")).getText()).isEqualTo(code);
    WebElement paused = browser.findElement(By.cssSelector("#segments li[data-kind='PAUSED']"));
    assertThat(paused.getText())
        .contains("10:00")
        .contains("09:00")
        .contains("Giấy chứng sinh không đọc được");
    assertThat(browser.findElements(By.cssSelector("#days li"))).isNotEmpty();
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain("hotich.anbinh")
        .doesNotContain(idNumber)
        .doesNotContain(email);
    assertThat(scrollWidth()).as("nothing wider than the window").isLessThanOrEqualTo(width);
    Browsers.screenshot(browser, "citizen-status-" + width);

    // approved and returned before noon; the service index before the rating
    DemoData.setClock(wednesday.atTime(10, 0));
    Officials.work(
        engine,
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Hồ sơ hợp lệ"));
    Officials.work(
        engine, "chutich.anbinh", code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));
    assertThat(status(code)).isEqualTo("RETURNED");
    String period = "agency=" + DemoData.AN_BINH + "&from=" + tuesday + "&to=" + wednesday;
    Map<String, Object> before = satisfaction(period);

    // the citizen rates the service through the link (the status link's token)
    DemoData.setClock(wednesday.atTime(11, 0));
    browser.get("http://localhost:" + port + "/public/rating/" + code + "?t=" + token);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-form")));
    for (String question : List.of("information", "timeliness", "attitude", "result", "overall")) {
      click(By.id(question + "-VERY_SATISFIED"));
    }
    Browsers.screenshot(browser, "citizen-rating-" + width);
    click(By.id("rating-submit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
    assertThat(scrollWidth()).isLessThanOrEqualTo(width);

    Map<String, Object> after = satisfaction(period);
    assertThat(number(after, "numerator")).isEqualTo(number(before, "numerator") + 1);
    assertThat(number(after, "denominator")).isEqualTo(number(before, "denominator") + 1);
    assertThat(number(after, "notRated")).isEqualTo(number(before, "notRated") - 1);
    double ratio = (number(before, "numerator") + 1.0) / (number(before, "denominator") + 1.0);
    assertThat(((Number) after.get("points")).doubleValue())
        .isCloseTo(
            Math.round(ratio * 18.0 * 100) / 100.0, org.assertj.core.data.Offset.offset(0.011));
  }

  /** The citizen's online submission in the browser, up to the dossier code; returns it. */
  private String submitOnline(int width) throws Exception {
    browser.get("http://localhost:" + port + "/public/procedures");
    browser.findElement(By.id("q")).sendKeys("khai sinh");
    browser.findElement(By.id("search")).click();
    WebElement found =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("li[data-key='birth-registration'] a.procedure")));
    Browsers.screenshot(browser, "citizen-catalogue-" + width);
    found.click();
    wait.until(ExpectedConditions.textToBe(By.id("code"), "1.001193"));
    assertThat(browser.findElement(By.id("legal-time")).getText()).contains("15:00");
    assertThat(browser.findElement(By.id("fee")).getText()).isEqualTo("Miễn phí");
    assertThat(
            browser.findElements(
                By.cssSelector("#agencies li[data-code='" + DemoData.AN_BINH + "']")))
        .hasSize(1);
    Browsers.screenshot(browser, "citizen-procedure-" + width);
    WebElement online = browser.findElement(By.id("submit-online"));
    assertThat(online.getText()).isEqualTo("Nộp trực tuyến");
    online.click();

    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#start-form[data-rendered='birth-registration'] .fjs-form")));
    new Select(browser.findElement(By.id("agency"))).selectByValue(DemoData.AN_BINH);
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
    Browsers.screenshot(browser, "citizen-submission-filled-" + width);

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
                        "const i = document.getElementById('result-qr');"
                            + " return i.complete && i.naturalWidth > 0;"));
    assertThat(scrollWidth()).as("nothing wider than the window").isLessThanOrEqualTo(width);
    Browsers.screenshot(browser, "citizen-submission-done-" + width);
    assertThat(status(code)).isEqualTo("SUBMITTED");
    assertThat(
            jdbc.sql("select count(*) from attachment where dossier_code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    return code;
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
        WebElement group = field.findElement(By.cssSelector(".fjs-input-group"));
        ((JavascriptExecutor) browser)
            .executeScript("arguments[0].scrollIntoView({block:'center'});", group);
        group.click();
        wait.until(
                ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    field, By.cssSelector(".fjs-dropdownlist-item")))
            .get(0)
            .click();
      }
    }
  }

  /** The one-time code from the e-mail sent to the citizen (other mails to them set aside). */
  private String codeFromMail() {
    MimeMessage mail =
        wait.until(
            d ->
                Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subject(m).startsWith("Mã xác minh"))
                    .reduce((first, second) -> second)
                    .orElse(null));
    Matcher m = OTP.matcher(GreenMailUtil.getBody(mail));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private String subject(MimeMessage mail) {
    try {
      assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<Map<String, Object>> staff(
      String user, HttpMethod method, String path, Object body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(path, method, body == null ? null : new HttpEntity<>(body), JSON);
  }

  /** The public status lookup with the last four digits of the applicant's ID number. */
  private Map<String, Object> lookup(String code) {
    ResponseEntity<Map<String, Object>> found =
        http.exchange(
            "/api/public/status",
            HttpMethod.POST,
            new HttpEntity<>(
                Map.of("code", code, "idDigits", idNumber.substring(idNumber.length() - 4))),
            JSON);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    return found.getBody();
  }

  private String status(String code) {
    return jdbc.sql("select status from dossier where code = ?")
        .param(code)
        .query(String.class)
        .single();
  }

  private byte[] receipt(String code) {
    ResponseEntity<byte[]> pdf =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .getForEntity("/api/dossiers/" + code + "/papers/01?format=pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    return pdf.getBody();
  }

  /** The text of the QR code on the PDF's first page, rendered at 200 dpi. */
  private static String qrCodeOf(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      return new MultiFormatReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
              Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    }
  }

  /** The satisfaction indicator of An Bình's service index over the period. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> satisfaction(String period) {
    ResponseEntity<List<Map<String, Object>>> index =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange("/api/reports/service-index?" + period, HttpMethod.GET, null, LIST);
    assertThat(index.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> anBinh =
        index.getBody().stream()
            .filter(i -> DemoData.AN_BINH.equals(i.get("agency")))
            .findFirst()
            .orElseThrow();
    return ((List<Map<String, Object>>) anBinh.get("indicators"))
        .stream().filter(i -> "satisfaction".equals(i.get("id"))).findFirst().orElseThrow();
  }

  private static long number(Map<String, Object> indicator, String key) {
    Object value = indicator.get(key);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private void click(By by) {
    click(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block:'center'});", element);
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
  }

  private long scrollWidth() {
    return (Long)
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth;");
  }
}
