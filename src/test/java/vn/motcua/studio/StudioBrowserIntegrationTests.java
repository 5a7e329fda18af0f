package vn.motcua.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
import vn.motcua.IntegrationTest;

/**
 * The procedure studio in headless Chromium, 1280×900: the administrator creates a procedure from
 * the template, fills its metadata by typing into the template's fields of the properties panel,
 * sees the legal-time error when a step's budget outgrows the legal time (publishing blocked, the
 * reason shown), fixes it, reads the deadline preview (its legal due date is the calendar API's),
 * publishes two versions with notes and opens their diff; the An Bình reception officer then
 * receives a dossier on the new procedure and its reception form renders in Tasklist.
 */
@IntegrationTest
class StudioBrowserIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String RECEIVED_AT = "2035-03-13T09:00";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;

  private WebDriver browser;
  private WebDriverWait wait;
  private final String key =
      "thu-nghiem-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

  @BeforeEach
  void openBrowser() throws IOException {
    browser = Browsers.chromium();
    browser.manage().window().setSize(new Dimension(1280, 900));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws IOException {
    if (browser != null) {
      try {
        Browsers.screenshot(browser, "studio-last-" + test.getTestMethod().orElseThrow().getName());
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void anAdministratorModelsPublishesAndReceptionReceivesOnTheNewProcedure() throws IOException {
    Browsers.signIn(browser, url(""), "admin");
    browser.findElement(By.id("nav-studio")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("procedures"), "data-loaded", "true"));
    assertThat(browser.findElements(By.cssSelector("#procedures-body tr[data-key]"))).isNotEmpty();
    Browsers.screenshot(browser, "studio-list");

    // a new procedure from the template: its metadata placeholders are errors until filled
    browser.findElement(By.id("new-procedure")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-key"))).sendKeys(key);
    browser.findElement(By.id("new-name")).sendKeys("Cấp giấy phép thử nghiệm");
    browser.findElement(By.id("new-create")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("studio-editor"), "data-ready", "true"));
    waitChecked();
    assertThat(problems("error")).anySatisfy(p -> assertThat(p).contains("procedureCode"));
    assertThat(browser.findElement(By.id("publish")).isEnabled()).isFalse();

    // the procedure's metadata, typed into the template's fields of the properties panel
    select("Cấp thực hiện", "Cấp xã");
    type("Mã thủ tục quốc gia", "9.999999");
    type("Lĩnh vực", "Xây dựng");
    type("Phí, lệ phí (đồng)", "0");
    type("Thành phần hồ sơ", "Đơn đề nghị theo mẫu; bản vẽ thiết kế");
    select("Mức độ dịch vụ công trực tuyến", "Một phần");
    select("Khi yêu cầu bổ sung hồ sơ", "Tính lại từ đầu (mặc định)");
    type("Căn cứ pháp lý", "Giả định cho kiểm thử");

    // a step budget beyond the legal time (15 working days) is an error that blocks publishing
    selectElement("Task_Appraisal");
    type("Thời gian cho phép (thời lượng làm việc)", "P30D");
    WebElement tooLong =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#problems li.error[data-rule='legal-time-path']")));
    assertThat(tooLong.getText()).isNotBlank();
    waitChecked();
    assertThat(problems("error"))
        .as("only the budget is wrong now")
        .allSatisfy(p -> assertThat(p).startsWith("legal-time-path"));
    assertThat(browser.findElement(By.id("publish")).isEnabled()).isFalse();
    assertThat(browser.findElement(By.id("publish-reason")).getText()).contains("lỗi");
    // problems on a shape are marked on it (the path's problem is the whole process's)
    WebElement onShape =
        browser.findElement(By.cssSelector("#problems li[data-element^='Gateway_']"));
    String severity = onShape.getAttribute("class").contains("error") ? "error" : "warning";
    assertThat(
            browser.findElements(
                By.cssSelector(
                    ".djs-element.studio-problem-"
                        + severity
                        + "[data-element-id='"
                        + onShape.getAttribute("data-element")
                        + "']")))
        .isNotEmpty();
    tooLong.click();
    Browsers.screenshot(browser, "studio-editor-problems");

    selectElement("Task_Appraisal");
    type("Thời gian cho phép (thời lượng làm việc)", "P7D");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("publish")));
    assertThat(problems("error")).isEmpty();

    // the deadline preview, on An Bình's calendar, agrees with the calendar API
    browser.findElement(By.id("tab-preview")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#preview-agency option[value='" + AN_BINH + "']")));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]",
            browser.findElement(By.id("preview-received")),
            RECEIVED_AT);
    new Select(browser.findElement(By.id("preview-agency"))).selectByValue(AN_BINH);
    browser.findElement(By.id("preview-run")).click();
    WebElement legalDue =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#preview-current dd.legal-due")));
    Map<String, Object> deadline =
        http.getForObject(
            "/api/calendar/deadline?from={from}&workingDays=15",
            Map.class,
            RECEIVED_AT + ":00+07:00");
    assertThat(OffsetDateTime.parse(legalDue.getAttribute("data-instant")).toInstant())
        .isEqualTo(OffsetDateTime.parse((String) deadline.get("due")).toInstant());
    List<WebElement> steps = browser.findElements(By.cssSelector("#preview-current tr[data-step]"));
    assertThat(steps).extracting(s -> s.getAttribute("data-step")).contains("Task_Appraisal");
    assertThat(browser.findElement(By.cssSelector("#preview-previous")).getText())
        .contains("Chưa có phiên bản");
    Browsers.screenshot(browser, "studio-preview");

    // publish version 1, then a second with a longer approval, and read their differences
    browser.findElement(By.id("tab-diagram")).click();
    publish("Thủ tục mới từ mẫu", 1);
    browser.findElement(By.id("publish-close")).click();
    selectElement("Task_Approval");
    type("Thời gian cho phép (thời lượng làm việc)", "P3D");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("publish")));
    publish("Phê duyệt 3 ngày làm việc", 2);
    String diff = browser.findElement(By.id("published-diff")).getAttribute("href");
    assertThat(diff).contains("/studio/procedures/" + key + "/diff", "from=1", "to=2");
    browser.get(diff);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "P3D"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Task_Approval");
    Browsers.screenshot(browser, "studio-diff");

    // the reception officer receives a dossier on it; its reception form renders in Tasklist
    ResponseEntity<Map<String, Object>> received =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(dossier()), JSON);
    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) received.getBody().get("code");
    Task reception = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(reception.getTaskDefinitionKey()).isEqualTo("Task_Reception");
    String firstLabel = receptionFormLabel();
    browser.manage().deleteAllCookies();
    Browsers.signIn(browser, url(""), "tiepnhan.anbinh");
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + reception.getId()));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".fjs-form"), firstLabel));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'})",
            browser.findElement(By.cssSelector(".fjs-form")));
    Browsers.screenshot(browser, "studio-tasklist-form");
  }

  @Test
  void aReceptionOfficerGetsTheRefusalPage() {
    Browsers.signIn(browser, url(""), "tiepnhan.anbinh");
    assertThat(browser.findElements(By.id("nav-studio"))).isEmpty();
    browser.get(url("/studio"));
    assertThat(
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden"))).getText())
        .isEqualTo("Không có quyền truy cập");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("quản trị viên");
    assertThat(browser.findElements(By.id("procedures"))).isEmpty();
    browser.get(url("/studio/procedures/birth-registration"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden")));
    assertThat(browser.findElements(By.id("canvas"))).isEmpty();
  }

  private void publish(String note, int version) {
    browser.findElement(By.id("publish")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-note"))).sendKeys(note);
    browser.findElement(By.id("publish-confirm")).click();
    wait.until(
        ExpectedConditions.attributeToBe(
            By.id("published-version"), "data-version", String.valueOf(version)));
    assertThat(browser.findElement(By.id("published-version")).getText())
        .isEqualTo("Đã xuất bản phiên bản " + version);
  }

  /** Waits until the checks of the latest change are back. */
  private void waitChecked() {
    wait.until(ExpectedConditions.attributeToBe(By.id("problems-panel"), "data-state", "checked"));
  }

  /** "rule: message" of each listed problem of {@code severity}. */
  private List<String> problems(String severity) {
    return browser.findElements(By.cssSelector("#problems li." + severity)).stream()
        .map(
            li ->
                li.getAttribute("data-rule")
                    + ": "
                    + li.findElement(By.className("message")).getText())
        .toList();
  }

  /** The properties panel's field labelled {@code label} (the template's fields). */
  private WebElement field(String label) {
    WebElement caption =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//aside[@id='properties']//label[normalize-space()='" + label + "']")));
    WebElement input = browser.findElement(By.id(caption.getAttribute("for")));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    return input;
  }

  /** Types into a field of the panel and waits for the checks of the change to come back. */
  private void type(String label, String value) {
    String checks = checks();
    WebElement input = field(label);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
    wait.until(d -> value.equals(field(label).getAttribute("value")));
    waitChecksAfter(checks);
  }

  private String checks() {
    return browser.findElement(By.id("problems-panel")).getAttribute("data-checks");
  }

  private void waitChecksAfter(String checks) {
    wait.until(
        d ->
            !String.valueOf(checks).equals(checks())
                && "checked"
                    .equals(d.findElement(By.id("problems-panel")).getAttribute("data-state")));
  }

  /**
   * Chooses in a drop-down of the panel by typing the choice into it, as from the keyboard (the
   * panel listens for the input event, which a scripted option click does not send).
   */
  private void select(String label, String choice) {
    String checks = checks();
    field(label).sendKeys(choice);
    waitChecksAfter(checks);
    wait.until(
        d -> choice.equals(new Select(field(label)).getFirstSelectedOption().getText().strip()));
  }

  /** Clicks the element on the diagram, as the administrator does, to show its properties. */
  private void selectElement(String id) {
    // a click on the canvas's empty bottom edge first: the context pad of the element selected
    // before (on its right) may lie over this one
    WebElement canvas = browser.findElement(By.id("canvas"));
    new Actions(browser)
        .moveToElement(canvas, 0, canvas.getSize().getHeight() / 2 - 30)
        .click()
        .perform();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".djs-context-pad")));
    WebElement shape =
        browser.findElement(By.cssSelector(".djs-element[data-element-id='" + id + "'] .djs-hit"));
    new Actions(browser).moveToElement(shape).click().perform();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.xpath(
                "//aside[@id='properties']//label[normalize-space()='Thời gian cho phép (thời lượng làm việc)']")));
  }

  private Map<String, Object> dossier() {
    return Map.of(
        "procedure",
        key,
        "agency",
        AN_BINH,
        "channel",
        "COUNTER",
        "applicant",
        Map.of(
            "fullName", "Trần Văn Xây",
            "idNumber", "001090054321",
            "phone", "0912345678",
            "address", "Thôn Tây, xã An Bình"),
        "data",
        Map.of("constructionAddress", "Thôn Tây, xã An Bình"));
  }

  /** The label of the first field of the published reception form, as Tasklist must show it. */
  @SuppressWarnings("unchecked")
  private String receptionFormLabel() {
    Map<String, Object> source =
        http.withBasicAuth("admin", PASSWORD)
            .exchange("/api/studio/procedures/" + key + "/source", HttpMethod.GET, null, JSON)
            .getBody();
    Map<String, Object> form =
        (Map<String, Object>) ((Map<String, Object>) source.get("forms")).get(key + "-reception");
    return ((List<Map<String, Object>>) form.get("components"))
        .stream()
            .map(c -> (String) c.get("label"))
            .filter(l -> l != null && !l.isBlank())
            .findFirst()
            .orElseThrow();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
