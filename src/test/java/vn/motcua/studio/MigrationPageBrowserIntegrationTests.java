package vn.motcua.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Browsers;
import vn.motcua.ClockTestProcedure;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;
import vn.motcua.PageSession;

/**
 * The administrator's migration page in headless Chromium (1280×900, Vietnamese): four running
 * dossiers of a copy of business household registration on version 1 (at reception, appraisal, the
 * certificate step and result return), a version 2 that renames the certificate step and the result
 * return step. The page proposes the mapping with both renamed steps unmapped; the administrator
 * maps the certificate step, the dry run lists three movable dossiers and the one at result return
 * blocked with its reason, a migration without a note is refused in the page, and with a note it
 * runs to completion: three dossiers on version 2 with their MIGRATED history entry, the fourth
 * untouched. A reception officer gets the refusal page. Screenshots: {@code
 * target/screenshots/studio-migrate-{mapping,dry-run,done,refused}.png}.
 */
@IntegrationTest
class MigrationPageBrowserIntegrationTests {

  private static final String KEY = "bhr-migrate-page-test";
  private static final String RECEPTION = "tiepnhan.anbinh";
  private static final String SPECIALIST = "hotich.anbinh";
  private static final String LEADER = "chutich.anbinh";
  private static final String NOTE = "Đổi mã bước cấp giấy chứng nhận theo quy trình nội bộ mới";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() throws IOException {
    browser = Browsers.chromium();
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @AfterEach
  void cleanUp() {
    if (browser != null) {
      browser.quit();
    }
    ClockTestProcedure.undeploy(repository, KEY);
    DemoData.resetClock();
  }

  @Test
  void theAdministratorMapsTheRenamedStepDryRunsAndMovesTheRunningDossiers() throws IOException {
    ClockTestProcedure.deployCopy(repository, "business-household-registration", KEY, Map.of());
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0)); // a Monday morning
    String atReception = receive();
    String atAppraisal = receive();
    String atCertificate = receive();
    String atResultReturn = receive();
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 30));
    for (String code : List.of(atAppraisal, atCertificate, atResultReturn)) {
      work(RECEPTION, code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    }
    for (String code : List.of(atCertificate, atResultReturn)) {
      work(
          SPECIALIST,
          code,
          "Task_Appraisal",
          Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Hồ sơ hợp lệ."));
    }
    work(LEADER, atResultReturn, "Task_IssueCertificate", Map.of("issueDecision", "ISSUE"));
    ClockTestProcedure.deployCopy(
        repository,
        "business-household-registration",
        KEY,
        Map.of(
            "\"Task_IssueCertificate\"", "\"Task_SignCertificate\"",
            "\"Task_ResultReturn\"", "\"Task_HandOver\""));
    String v1 = definitionId(1);
    String v2 = definitionId(2);

    Browsers.signIn(browser, url(""), "admin");
    browser.get(url("/studio/procedures/" + KEY + "/migrate"));
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#mapping tr[data-source='Task_IssueCertificate']")));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Chuyển hồ sơ đang giải quyết của thủ tục " + KEY + " sang phiên bản mới");
    assertThat(browser.findElement(By.id("running")).getText())
        .isEqualTo("4 hồ sơ đang giải quyết ở phiên bản 1");
    assertThat(browser.findElement(By.id("unmapped-summary")).getText())
        .isEqualTo("Còn 2 bước chưa được ánh xạ (tô vàng bên dưới).");
    WebElement certificate = mappingRow("Task_IssueCertificate");
    assertThat(certificate.getAttribute("class")).contains("unmapped");
    assertThat(certificate.getText())
        .contains(
            "Cấp Giấy chứng nhận đăng ký hộ kinh doanh", "Phiên bản mới không có bước cùng mã");
    assertThat(target("Task_IssueCertificate").getFirstSelectedOption().getText())
        .isEqualTo("— Chưa ánh xạ —");
    assertThat(mappingRow("Task_ResultReturn").getAttribute("class")).contains("unmapped");
    assertThat(target("Task_Reception").getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("Task_Reception");
    assertThat(target("Task_Appraisal").getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("Task_Appraisal");
    assertThat(browser.findElement(By.id("run")).isEnabled())
        .as("no migration before a dry run")
        .isFalse();

    // the administrator maps the renamed certificate step; result return stays unmapped
    target("Task_IssueCertificate").selectByValue("Task_SignCertificate");
    assertThat(mappingRow("Task_IssueCertificate").getAttribute("class"))
        .doesNotContain("unmapped");
    assertThat(browser.findElement(By.id("unmapped-summary")).getText())
        .isEqualTo("Còn 1 bước chưa được ánh xạ (tô vàng bên dưới).");
    Browsers.screenshot(browser, "studio-migrate-mapping");

    // a target the engine cannot take: its refusal is shown in the page, in its own words
    target("Task_ResultReturn").selectByValue("SubProcess_Apology");
    browser.findElement(By.id("dry-run")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(browser.findElement(By.id("error")).getText())
        .startsWith("Bộ máy quy trình từ chối ánh xạ: Task_ResultReturn → SubProcess_Apology");
    assertThat(browser.findElement(By.id("dry-result")).isDisplayed()).isFalse();
    target("Task_ResultReturn").selectByValue("");

    browser.findElement(By.id("dry-run")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dry-result")));
    assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("dry-summary")).getText())
        .isEqualTo("3 hồ sơ chuyển được, 1 hồ sơ không chuyển được.");
    for (String code : List.of(atReception, atAppraisal, atCertificate)) {
      assertThat(dryRunRow(code).getAttribute("class")).isEqualTo("movable");
      assertThat(dryRunRow(code).findElement(By.cssSelector(".outcome")).getText())
          .isEqualTo("Chuyển được");
    }
    assertThat(dryRunRow(atReception).getText()).endsWith("Đã tiếp nhận");
    assertThat(dryRunRow(atAppraisal).getText()).endsWith("Đang giải quyết");
    assertThat(dryRunRow(atCertificate).getText())
        .contains("Cấp Giấy chứng nhận đăng ký hộ kinh doanh", "Task_IssueCertificate");
    WebElement blocked = dryRunRow(atResultReturn);
    assertThat(blocked.getAttribute("class")).isEqualTo("blocked");
    assertThat(blocked.findElement(By.cssSelector("td.reason")).getText())
        .isEqualTo("Hồ sơ đang ở bước chưa được ánh xạ: Trả kết quả (Task_ResultReturn)");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1).count())
        .as("the dry run moves nothing")
        .isEqualTo(4);
    scrollTo("dry-run-step");
    Browsers.screenshot(browser, "studio-migrate-dry-run");

    // without a note the page says what is missing and moves nothing
    browser.findElement(By.id("run")).click();
    assertThat(browser.findElement(By.id("error")).getText())
        .startsWith("Hãy ghi lý do chuyển hồ sơ");
    assertThat(browser.findElement(By.id("progress-box")).isDisplayed()).isFalse();

    browser.findElement(By.id("note")).sendKeys(NOTE);
    assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
    browser.findElement(By.id("run")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("progress"), "data-state", "COMPLETED"));
    assertThat(browser.findElement(By.id("progress")).getText())
        .isEqualTo("Đã hoàn tất: đã chuyển 3/4 hồ sơ, 1 hồ sơ không chuyển được.");
    assertThat(browser.findElement(By.id("failed")).getText())
        .contains(atResultReturn, "Hồ sơ đang ở bước chưa được ánh xạ: Trả kết quả");
    assertThat(browser.findElement(By.id("run")).isEnabled()).isFalse();
    wait.until(
        ExpectedConditions.textToBe(By.id("running"), "1 hồ sơ đang giải quyết ở phiên bản 1"));
    assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
    scrollTo("run-step");
    Browsers.screenshot(browser, "studio-migrate-done");
    assertThat(cspViolations()).isEmpty();

    for (String code : List.of(atReception, atAppraisal, atCertificate)) {
      assertThat(processDefinition(code)).as("process of %s", code).isEqualTo(v2);
      assertThat(dossierDefinition(code)).as("dossier %s", code).isEqualTo(v2);
      assertThat(
              jdbc.sql(
                      "select actor || '|' || reason from dossier_event where dossier_code = ?"
                          + " and kind = 'MIGRATED'")
                  .param(code)
                  .query(String.class)
                  .list())
          .as("history of %s", code)
          .containsExactly("admin|" + NOTE);
    }
    assertThat(processDefinition(atResultReturn)).isEqualTo(v1);
    assertThat(dossierDefinition(atResultReturn)).isEqualTo(v1);
    assertThat(
            jdbc.sql(
                    "select count(*) from dossier_event where dossier_code = ? and kind ="
                        + " 'MIGRATED'")
                .param(atResultReturn)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(atCertificate)
                .singleResult()
                .getTaskDefinitionKey())
        .isEqualTo("Task_SignCertificate");
  }

  @Test
  void aReceptionOfficerGetsTheRefusalPage() throws IOException {
    Browsers.signIn(browser, url(""), RECEPTION);
    browser.get(url("/studio/procedures/business-household-registration/migrate"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden")));
    assertThat(browser.findElement(By.id("forbidden")).getText())
        .isEqualTo("Không có quyền truy cập");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Chỉ quản trị viên được soạn, xuất bản và chuyển phiên bản thủ tục");
    assertThat(browser.findElements(By.id("migration"))).isEmpty();
    Browsers.screenshot(browser, "studio-migrate-refused");
  }

  @Test
  void thePageLoadsItsScriptFromThisServerWithTheNonceAndNoInlineHandlers() {
    PageSession admin = PageSession.login(port, "admin", PASSWORD);
    var page =
        admin.request(
            "GET",
            "/studio/procedures/business-household-registration/migrate",
            null,
            "Accept",
            "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(page.body())
        .containsPattern(
            "<script src=\"/js/studio/migrate.js\"[^>]* nonce=\"" + Pattern.quote(nonce) + "\"")
        .contains("<meta name=\"_csrf\" content=\"")
        .contains("/css/studio-migrate.css")
        .doesNotContainPattern("(?i)\\son[a-z]+=")
        .doesNotContainPattern("<script(?![^>]*\\ssrc=)");
    assertThat(admin.page("/studio/procedures/business-household-registration/migrate?lang=en"))
        .contains(
            "Move the running dossiers of business-household-registration to a new version",
            "data-none=\"— Not mapped —\"");
  }

  private WebElement mappingRow(String source) {
    return browser.findElement(By.cssSelector("#mapping tr[data-source='" + source + "']"));
  }

  private Select target(String source) {
    return new Select(mappingRow(source).findElement(By.tagName("select")));
  }

  private WebElement dryRunRow(String code) {
    return browser.findElement(By.cssSelector("#dry-result tr[data-code='" + code + "']"));
  }

  private void scrollTo(String id) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id(id)));
  }

  /** What the browser reported against the Content-Security-Policy (console errors). */
  private List<String> cspViolations() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .toList();
  }

  private String definitionId(int version) {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(KEY)
        .processDefinitionVersion(version)
        .singleResult()
        .getId();
  }

  private String processDefinition(String code) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .singleResult()
        .getProcessDefinitionId();
  }

  private String dossierDefinition(String code) {
    return jdbc.sql("select procedure_definition_id from dossier where code = ?")
        .param(code)
        .query(String.class)
        .single();
  }

  private String receive() {
    Map<String, Object> dossier = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    dossier.put("procedure", KEY);
    dossier.put("data", Map.of("householdName", "Hộ kinh doanh An Bình", "capital", 50000000));
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth(RECEPTION, PASSWORD)
            .exchange(
                "/api/dossiers", HttpMethod.POST, new HttpEntity<>(dossier), StudioModels.JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private void work(String user, String code, String step, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    if (step.equals("Task_Reception")) {
      all.put("documentsDigitised", true);
    }
    Officials.work(tasks, forms, identity, user, code, step, all);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
