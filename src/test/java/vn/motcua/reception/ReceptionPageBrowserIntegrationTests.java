package vn.motcua.reception;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import vn.motcua.Browsers;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * The An Bình reception officer works the desk in headless Chromium, 1024 px wide: finds the birth
 * registration by typing its name with and without diacritics, types the applicant and the start
 * form (dates dd/MM/yyyy), attaches a real PDF scan, marks the checklist and receives the dossier;
 * receipt 01's PDF, fetched with the browser's session, carries a QR code that decodes to the
 * dossier's public status link. A refusal without a reason comes back as a problem shown next to
 * the reason, with everything typed kept and no dossier created.
 */
@IntegrationTest
class ReceptionPageBrowserIntegrationTests {

  private static final String OFFICER = "tiepnhan.anbinh";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  private WebDriver browser;
  private WebDriverWait wait;
  private final String idNumber =
      "0010" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);

  @BeforeEach
  void openBrowser() throws IOException {
    browser = Browsers.chromium();
    browser.manage().window().setSize(new Dimension(1024, 900));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void receivesABirthRegistrationWhoseReceiptQrLeadsToThePublicStatus() throws Exception {
    openReception();
    find("đăng ký khai sinh");
    screenshot("reception-search-diacritics");
    find("dang ky khai sinh");
    screenshot("reception-search-plain");
    choose("birth-registration");
    fillApplicant("Trần Thị Hoa");
    fillStartForm();
    Path scan = scan();
    markChecklist(scan);
    screenshot("reception-filled");

    click(By.id("submit"));
    WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    String code = result.getAttribute("data-code");
    assertThat(code).startsWith(DemoData.AN_BINH + "-");
    assertThat(text("result-code")).isEqualTo(code);
    assertThat(text("result-due")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    assertThat(browser.findElement(By.id("result-dossier")).getAttribute("href"))
        .endsWith("/dossiers/" + code);
    screenshot("reception-received");

    String html =
        browser.findElement(By.cssSelector("li[data-form='01'] a.paper-html")).getAttribute("href");
    WebElement pdfLink = browser.findElement(By.cssSelector("li[data-form='01'] a.paper-pdf"));
    byte[] pdf = withSession(pdfLink.getAttribute("href"));
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    String link = qrCodeOf(pdf);
    assertThat(link).matches("https?://.+/status/" + quote(code) + "\\?t=[A-Za-z0-9_-]+");
    URI status = URI.create(link);
    browser.get(url(status.getRawPath() + "?" + status.getRawQuery()));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), code));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .as("the public page shows nothing personal")
        .doesNotContain("Trần Thị Hoa", idNumber);

    browser.get(html);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), code));
    screenshot("reception-receipt-01");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .as("the identity paper shown at the desk is listed as shown, not filed")
        .contains(
            "Giấy tờ xuất trình để đối chiếu (không lưu trong hồ sơ)",
            "Giấy tờ tùy thân của người đi đăng ký khai sinh (bản chính)");

    List<Map<String, Object>> documents =
        http.withBasicAuth(OFFICER, DemoData.PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/documents",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    assertThat(documents)
        .singleElement()
        .satisfies(
            document -> {
              assertThat(document).containsEntry("kind", "D1");
              assertThat(document).containsEntry("fileName", scan.getFileName().toString());
              assertThat(document).containsEntry("mediaType", "application/pdf");
            });
  }

  /**
   * Province-wide reception (Decree 118/2025/NĐ-CP Art. 18, 28): Hòa Phú's desk receives a birth
   * registration for a child whose parents live in An Bình; the officer picks An Bình as the
   * competent commune and the dossier gets An Bình's code.
   */
  @Test
  void hoaPhusDeskPicksAnBinhForAnAnBinhResidentsBirth() throws Exception {
    openReception("tiepnhan.hoaphu");
    find("dang ky khai sinh");
    choose("birth-registration");
    wait.until(
        ExpectedConditions.attributeToBe(By.id("routing"), "data-resolving", DemoData.HOA_PHU));
    assertThat(text("commune-label"))
        .isEqualTo("Xã/phường có thẩm quyền giải quyết (nơi cư trú của người có yêu cầu)");
    Select commune = new Select(browser.findElement(By.id("commune")));
    assertThat(commune.getFirstSelectedOption().getAttribute("value")).isEqualTo(DemoData.HOA_PHU);
    assertThat(commune.getOptions())
        .extracting(o -> o.getAttribute("value"))
        .contains(DemoData.AN_BINH, DemoData.HOA_PHU, "000.00.03.H99")
        .doesNotContain("000.00.12.H99", "000.00.00.H99");
    assertThat(text("resolving")).isEqualTo("UBND phường Hòa Phú");
    assertThat(text("resolving-note")).isEmpty();

    commune.selectByValue(DemoData.AN_BINH);
    wait.until(
        ExpectedConditions.attributeToBe(By.id("routing"), "data-resolving", DemoData.AN_BINH));
    assertThat(text("resolving")).isEqualTo("UBND xã An Bình");
    assertThat(text("resolving-note")).contains("chuyển");
    fillApplicant("Phạm Văn Khoa");
    fillStartForm();
    markChecklist(scan());
    screenshot("reception-competent-commune");

    click(By.id("submit"));
    WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    String code = result.getAttribute("data-code");
    assertThat(code).startsWith(DemoData.AN_BINH + "-");
    Map<String, Object> dossier =
        http.withBasicAuth("tiepnhan.hoaphu", DemoData.PASSWORD)
            .exchange(
                "/api/dossiers/" + code,
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<Map<String, Object>>() {})
            .getBody();
    assertThat(dossier)
        .containsEntry("receivingAgency", DemoData.HOA_PHU)
        .containsEntry("resolvingAgency", DemoData.AN_BINH);
  }

  @Test
  void aRefusalWithoutAReasonIsShownNextToTheReasonAndCreatesNothing() throws IOException {
    openReception();
    find("dang ky khai sinh");
    choose("birth-registration");
    fillApplicant("Lê Văn Minh");
    fillStartForm();
    click(By.id("decision-refuse"));
    click(By.id("submit"));

    WebElement problem =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".field-problem[data-for$='reason']")));
    assertThat(problem.getText()).isNotBlank().doesNotContain("null", "Exception");
    assertThat(browser.findElement(By.id("reason")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.id("problem")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("fullName")).getAttribute("value"))
        .isEqualTo("Lê Văn Minh");
    assertThat(browser.findElement(By.id("idNumber")).getAttribute("value")).isEqualTo(idNumber);
    assertThat(browser.findElement(By.id("decision-refuse")).isSelected()).isTrue();
    screenshot("reception-refusal-without-reason");

    List<?> dossiers =
        http.withBasicAuth(OFFICER, DemoData.PASSWORD)
            .getForObject("/api/applicants/" + idNumber + "/dossiers", List.class);
    assertThat(dossiers).isEmpty();
  }

  @Test
  void aSpecialistIsToldTheDeskIsNotForThem() {
    signIn("hotich.anbinh");
    browser.get(url("/reception"));
    assertThat(
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden"))).getText())
        .isEqualTo("Không có quyền truy cập");
    assertThat(text("detail")).contains("bộ phận một cửa");
    assertThat(browser.findElements(By.id("reception-form"))).isEmpty();
  }

  private void openReception() {
    openReception(OFFICER);
  }

  private void openReception(String officer) {
    signIn(officer);
    browser.get(url("/reception"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reception[data-ready]")));
  }

  private void signIn(String user) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
    browser.findElement(By.id("login")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
  }

  /** Types {@code words} into the search box; the birth registration is among the results. */
  private void find(String words) {
    WebElement search = browser.findElement(By.id("procedure-search"));
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    search.sendKeys(words);
    WebElement found =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("button.procedure[data-key='birth-registration']")));
    assertThat(found.getText()).contains("Đăng ký khai sinh", "1.001193");
  }

  private void choose(String key) {
    click(By.cssSelector("button.procedure[data-key='" + key + "']"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#start-form[data-rendered='" + key + "'] .fjs-form")));
  }

  private void fillApplicant(String name) {
    type("fullName", name);
    type("idNumber", idNumber);
    type("phone", "0912345678");
    type("email", "nguoinop@example.vn");
    type("address", "Thôn Đông, xã An Bình");
  }

  /**
   * Fills every text field of the start form: the ones the page shows as dates with 20/11/2026, the
   * others with a plausible text; selects and radios take their first choice.
   */
  private void fillStartForm() {
    for (WebElement field :
        browser.findElements(
            By.cssSelector("#start-form .fjs-form-field:not(.fjs-form-field-grouplike)"))) {
      List<WebElement> inputs =
          field.findElements(By.cssSelector("input.fjs-input, textarea.fjs-textarea"));
      if (!inputs.isEmpty()) {
        WebElement input = inputs.get(0);
        String label = field.getText().toLowerCase();
        String value =
            label.contains("dd/mm/yyyy") || label.contains("ngày")
                ? "20/11/2026"
                : "number".equals(input.getAttribute("type")) ? "1" : "Nguyễn Thị Bình";
        if (!input.getAttribute("value").isEmpty()) {
          continue;
        }
        input.sendKeys(value);
        continue;
      }
      List<WebElement> radios = field.findElements(By.cssSelector("input[type='radio']"));
      if (!radios.isEmpty()) {
        click(radios.get(0));
        continue;
      }
      if (field.getAttribute("class").contains("fjs-form-field-select")) {
        click(field.findElement(By.cssSelector(".fjs-input-group")));
        wait.until(
                ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    field, By.cssSelector(".fjs-dropdownlist-item")))
            .get(0)
            .click();
      }
    }
  }

  /**
   * D1 as an original with its scan, the identity paper shown for checking (chosen by its label),
   * the other documents as copies.
   */
  private void markChecklist(Path scan) throws IOException {
    List<WebElement> rows = browser.findElements(By.cssSelector("#checklist tbody tr"));
    assertThat(rows).isNotEmpty();
    for (WebElement row : rows) {
      String kind = row.getAttribute("data-kind");
      Select received = new Select(row.findElement(By.id("item-" + kind + "-received")));
      if ("D1".equals(kind)) {
        received.selectByValue("ORIGINAL");
      } else if (text("item-" + kind + "-name").startsWith("Giấy tờ tùy thân")) {
        received.selectByVisibleText("Xuất trình (không lưu)");
      } else {
        received.selectByValue("COPY");
      }
    }
    assertThat(
            new Select(browser.findElement(By.id("item-D3-received")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("SHOWN");
    browser.findElement(By.id("item-D1-file")).sendKeys(scan.toAbsolutePath().toString());
    assertThat(text("item-D1-files"))
        .isEqualTo(scan.getFileName() + " · " + Files.size(scan) + " B");
  }

  /** A one-page PDF as a scanner would make it, written by PDFBox. */
  private static Path scan() throws IOException {
    Path file = Files.createTempDirectory("scan").resolve("giay-chung-sinh.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
        content.newLineAtOffset(72, 760);
        content.showText("GIAY CHUNG SINH - ban quet");
        content.endText();
        content.addRect(72, 500, 450, 200);
        content.stroke();
      }
      document.save(file.toFile());
    }
    assertThat(Files.size(file)).isBetween(500L, 100_000L);
    return file;
  }

  /** GET with the browser's session cookie, as the browser would when following the link. */
  private byte[] withSession(String href) throws IOException, InterruptedException {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    assertThat(session).as("the browser's session cookie").isNotNull();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(href).isAbsolute() ? URI.create(href) : URI.create(url(href)))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as("GET %s", href).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    return response.body();
  }

  /** The text of the QR code on the PDF's first page, rendered at 200 dpi. */
  private static String qrCodeOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      BinaryBitmap bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      return new MultiFormatReader()
          .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (NotFoundException e) {
      throw new AssertionError("no QR code on the receipt's first page", e);
    }
  }

  private static String quote(String code) {
    return code.replace(".", "\\.");
  }

  private void type(String id, String value) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** Clicks what the locator finds, again if the list it is in was redrawn meanwhile. */
  private void click(By locator) {
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            driver -> {
              WebElement element = driver.findElement(locator);
              ((JavascriptExecutor) browser)
                  .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
              if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
              }
              element.click();
              return true;
            });
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws IOException {
    Browsers.screenshot(browser, name);
  }
}
