package vn.motcua.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * The worklist page's actions in headless Chromium against the real server and Tasklist (issue 6):
 * a civil-status specialist of An Bình sees only An Bình's steps, claims one, completes its Camunda
 * Form in Tasklist and sees it leave the list, while Hòa Phú's specialist sees neither the row nor
 * the task; and a step transferred between two specialists with a reason, then returned to the
 * reception desk with a reason, both in the dossier's history.
 */
@IntegrationTest
class WorklistPageActionsBrowserIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired FilterService filters;

  private WorklistBrowser browser;

  /** Both dossiers' applicants carry it: {@code ?q=tag} lists exactly this test's rows. */
  private String tag;

  private String anBinh;
  private String hoaPhu;

  /** An An Bình and a Hòa Phú birth registration, both received and waiting for appraisal. */
  @BeforeEach
  void twoCommunesReceiveADossier() throws IOException {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    tag = UUID.randomUUID().toString().substring(0, 8);
    anBinh = receivedForAppraisal("tiepnhan.anbinh", AN_BINH, "Trang " + tag);
    hoaPhu = receivedForAppraisal("tiepnhan.hoaphu", HOA_PHU, "Lan " + tag);
    browser = new WorklistBrowser(port);
  }

  @AfterEach
  void endDossiers(TestInfo test) throws IOException {
    DemoData.resetClock();
    for (String code : List.of(anBinh, hoaPhu)) {
      runtime
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(code)
          .list()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
    }
    if (browser != null) {
      try {
        String name = test.getTestMethod().orElseThrow().getName() + "-last";
        browser.screenshot(name);
        Files.writeString(
            Path.of("target", "screenshots", name + ".html"), browser.driver.getPageSource());
      } finally {
        browser.close();
      }
    }
  }

  @Test
  void specialistClaimsAndCompletesOwnAgencysStepThatAnotherAgencyNeverSees() throws IOException {
    browser.login("hotich.anbinh");
    browser.worklist("q=" + tag);
    assertThat(browser.row(anBinh).getText())
        .contains(anBinh, "Đăng ký khai sinh", "Trang " + tag, "Thẩm định hồ sơ", "Chưa nhận");
    assertThat(browser.rows(hoaPhu)).as("Hòa Phú's step on An Bình's list").isEmpty();
    browser.screenshot("story-1-anbinh-specialist-worklist");

    browser.click(browser.row(anBinh).findElement(By.cssSelector("button.claim")));
    browser.wait.until(ExpectedConditions.urlContains("scope=MINE"));
    assertThat(browser.text(By.id("notice"))).contains("Đã nhận việc");
    assertThat(browser.row(anBinh).getText()).contains("hotich.anbinh").doesNotContain("Chưa nhận");
    browser.screenshot("story-2-claimed-in-my-work");

    browser.click(browser.row(anBinh).findElement(By.cssSelector("a.open")));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".fjs-form"), "Mã hồ sơ: " + anBinh));
    assertThat(browser.text(By.cssSelector(".fjs-form")))
        .contains("Thẩm định hồ sơ đăng ký khai sinh", "Kết quả thẩm định", "Ý kiến thẩm định");
    check("Đủ điều kiện đăng ký khai sinh");
    browser
        .driver
        .findElement(By.cssSelector(".fjs-form textarea"))
        .sendKeys("Giấy tờ đầy đủ, thông tin khớp với Giấy chứng sinh.");
    browser.screenshot("story-3-tasklist-appraisal-form-filled");
    browser.click(
        browser.wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[ng-click='complete()']"))));
    browser.wait.until(driver -> "Task_Approval".equals(openStep(anBinh).get("key")));
    browser.screenshot("story-4-tasklist-after-complete");

    browser.worklist("q=" + tag);
    assertThat(browser.rows(anBinh)).as("completed step still listed").isEmpty();
    browser.worklist("scope=MINE&q=" + tag);
    assertThat(browser.rows(anBinh)).as("completed step still in my work").isEmpty();
    browser.screenshot("story-5-worklist-after-complete");
    assertThat(dossier(anBinh)).containsEntry("status", "IN_PROGRESS");
    assertThat(openStep(anBinh)).containsEntry("candidateGroup", AN_BINH + ":leader");

    browser.login("hotich.hoaphu");
    browser.worklist("q=" + tag);
    assertThat(browser.row(hoaPhu).getText()).contains("Lan " + tag, "Thẩm định hồ sơ");
    assertThat(browser.rows(anBinh)).as("An Bình's dossier on Hòa Phú's list").isEmpty();
    browser.screenshot("story-6-hoaphu-specialist-worklist");
    tasklistSearch(hoaPhu);
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("li.task a[href*='" + openStep(hoaPhu).get("taskId") + "']")));
    tasklistSearch(anBinh);
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("body"), "Không có công việc nào khớp bộ lọc."));
    assertThat(browser.driver.findElements(By.cssSelector("li.task"))).isEmpty();
    browser.screenshot("story-7-hoaphu-tasklist-search-anbinh");
    String approval = (String) openStep(anBinh).get("taskId");
    browser.driver.get("about:blank");
    browser.driver.get(browser.url("/camunda/app/tasklist/default/#/?task=" + approval));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("body"), "No matching task with id " + approval));
    assertThat(browser.driver.findElements(By.cssSelector(".fjs-form"))).isEmpty();
  }

  @Test
  void stepTransferredAndReturnedFromThePageWithReasonsInTheHistory() throws IOException {
    browser.login("hotich.anbinh");
    browser.worklist("q=" + tag);
    browser.click(browser.row(anBinh).findElement(By.cssSelector("button.claim")));
    browser.wait.until(ExpectedConditions.urlContains("scope=MINE"));

    browser.worklist("scope=MINE&lang=en&q=" + tag);
    assertThat(browser.row(anBinh).findElement(By.cssSelector("button.unclaim")).getText())
        .isEqualTo("Give back");
    assertThat(browser.row(anBinh).findElement(By.cssSelector("details.more")).getText())
        .isEqualTo("Transfer, return…");
    browser.worklist("scope=MINE&lang=vi&q=" + tag);

    browser.click(browser.row(anBinh).findElement(By.cssSelector("details.more summary")));
    Select to = new Select(browser.row(anBinh).findElement(By.cssSelector("form.transfer select")));
    assertThat(to.getOptions())
        .extracting(WebElement::getText)
        .contains("Phan Văn Long (tuphap.anbinh)")
        .noneMatch(option -> option.contains("hotich.anbinh"));
    to.selectByValue("tuphap.anbinh");
    browser.click(browser.row(anBinh).findElement(By.cssSelector("button.transfer")));
    assertThat(browser.text(By.id("refused"))).contains("Chưa nhập lý do", "bắt buộc");
    WebElement kept = browser.row(anBinh);
    assertThat(kept.findElement(By.cssSelector("form.transfer p.error")).getText())
        .contains("Chưa nhập lý do");
    assertThat(kept.findElement(By.cssSelector("details.more")).getAttribute("open")).isNotNull();
    assertThat(
            new Select(kept.findElement(By.cssSelector("form.transfer select")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("tuphap.anbinh");
    assertThat(appraisal().getAssignee()).isEqualTo("hotich.anbinh");
    browser.screenshot("actions-1-transfer-without-reason");

    String transferReason = "Anh Long phụ trách hộ tịch thôn Đông";
    kept.findElement(By.cssSelector("form.transfer textarea")).sendKeys(transferReason);
    browser.click(kept.findElement(By.cssSelector("button.transfer")));
    assertThat(browser.text(By.id("notice"))).contains("Đã chuyển việc cho tuphap.anbinh");
    browser.worklist("q=" + tag);
    assertThat(browser.row(anBinh).getText()).contains("tuphap.anbinh");
    assertThat(appraisal().getAssignee()).isEqualTo("tuphap.anbinh");
    browser.screenshot("actions-2-transferred");

    browser.login("tuphap.anbinh");
    browser.worklist("scope=MINE&q=" + tag);
    WebElement mine = browser.row(anBinh);
    browser.click(mine.findElement(By.cssSelector("details.more summary")));
    assertThat(mine.findElement(By.cssSelector("form.return")).getText())
        .contains("Trả hồ sơ về bước trước: Tiếp nhận hồ sơ");
    String returnReason = "Giấy chứng sinh chưa được số hóa";
    mine.findElement(By.cssSelector("form.return textarea")).sendKeys(returnReason);
    browser.screenshot("actions-3-return-form");
    browser.click(mine.findElement(By.cssSelector("button.return")));
    assertThat(browser.text(By.id("notice"))).contains("Đã trả hồ sơ về bước trước");
    browser.worklist("q=" + tag);
    assertThat(browser.rows(anBinh)).as("returned step on the specialists' list").isEmpty();
    browser.screenshot("actions-4-returned");

    browser.login("tiepnhan.anbinh");
    browser.worklist("q=" + tag);
    WebElement reception = browser.row(anBinh);
    assertThat(reception.getText()).contains("Tiếp nhận hồ sơ", "Chưa nhận");
    assertThat(reception.findElements(By.cssSelector("form.return")))
        .as("the first step has no step before it")
        .isEmpty();
    browser.screenshot("actions-5-reception-again");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> history = (List<Map<String, Object>>) dossier(anBinh).get("history");
    assertThat(history)
        .extracting(e -> e.get("kind") + "/" + e.get("actor") + "/" + e.get("reason"))
        .containsSubsequence(
            "CLAIMED/hotich.anbinh/null",
            "TRANSFERRED/hotich.anbinh/" + transferReason,
            "RETURNED/tuphap.anbinh/" + returnReason);
  }

  private String receivedForAppraisal(String officer, String agency, String applicant) {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(agency));
    body.put("applicant", Map.of("fullName", applicant, "idNumber", "001090012345"));
    String code =
        (String)
            http.withBasicAuth(officer, PASSWORD)
                .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON)
                .getBody()
                .get("code");
    Officials.work(
        tasks,
        forms,
        identity,
        officer,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    return code;
  }

  /**
   * Opens Tasklist's shared filter "Việc của đơn vị" searched by dossier code (the process variable
   * {@code dossierCode}, carried in the address).
   */
  private void tasklistSearch(String code) {
    String filter =
        filters.createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
    String search =
        URLEncoder.encode(
            "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\""
                + code
                + "\",\"name\":\"dossierCode\"}]",
            StandardCharsets.UTF_8);
    browser.driver.get("about:blank");
    browser.driver.get(
        browser.url(
            "/camunda/app/tasklist/default/#/?filter=" + filter + "&searchQuery=" + search));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".task-filter.active"), "Việc của đơn vị"));
  }

  /** Ticks the radio button with this label; Tasklist may re-render the form meanwhile. */
  private void check(String label) {
    By input =
        By.xpath("//div[contains(@class,'fjs-form')]//label[contains(., '" + label + "')]/input");
    browser
        .wait
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              WebElement box = driver.findElement(input);
              if (!box.isSelected()) {
                // the dossier panel comes first: the field may lie below the fold
                ((JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
                box.click();
              }
              return driver.findElement(input).isSelected();
            });
  }

  private Task appraisal() {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(anBinh)
        .taskDefinitionKey("Task_Appraisal")
        .singleResult();
  }

  private Map<String, Object> dossier(String code) {
    return http.withBasicAuth("admin", PASSWORD)
        .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
        .getBody();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> openStep(String code) {
    return ((List<Map<String, Object>>) dossier(code).get("openSteps")).get(0);
  }
}
