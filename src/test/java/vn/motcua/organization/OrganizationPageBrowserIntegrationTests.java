package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.Browsers;
import vn.motcua.IntegrationTest;

/**
 * The organisation admin page in headless Chromium: the administrator sees the agency tree with the
 * demo departments, adds a unit and a civil servant through the forms (a refused form keeps what
 * was typed and says why, in Vietnamese), and sees them listed; a specialist is refused the page.
 */
@IntegrationTest
class OrganizationPageBrowserIntegrationTests {

  private static final String CONSTRUCTION = "000.00.21.H99";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  private WebDriver browser;
  private WebDriverWait wait;

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
  void administratorSeesTheTreeAndAddsAUnitAndACivilServant() throws IOException {
    login("admin");
    assertThat(browser.findElement(By.id("organization")).getText())
        .isEqualTo("Tổ chức và công chức");
    browser.findElement(By.id("organization")).click();
    WebElement province =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#tree > section[data-code='000.00.00.H99']")));
    assertThat(province.findElement(By.cssSelector(".children")).getText())
        .contains(
            "Sở Tư pháp tỉnh Thử Nghiệm",
            "Phòng Hành chính tư pháp",
            "Sở Xây dựng tỉnh Thử Nghiệm",
            "Văn phòng Sở",
            "UBND xã An Bình");
    WebElement justice = agency("000.00.20.H99");
    assertThat(
            justice.findElement(By.cssSelector("tr[data-official='chuyenvien.tuphap']")).getText())
        .contains("Cao Minh Khoa", "Phòng Hành chính tư pháp", "Chuyên viên");
    assertThat(
            agency("000.00.01.H99")
                .findElement(By.cssSelector("tr[data-official='tiepnhan.anbinh']"))
                .getText())
        .contains("Nguyễn Thị Lan", "Bộ phận Một cửa", "Tiếp nhận (một cửa)");
    screenshot("organization-tree");

    String unit = "qh" + suffix();
    new Select(browser.findElement(By.id("unit-agency"))).selectByValue(CONSTRUCTION);
    browser.findElement(By.id("unit-code")).sendKeys(unit);
    browser.findElement(By.id("unit-name")).sendKeys("Phòng Quy hoạch " + unit);
    browser.findElement(By.cssSelector("#add-unit button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("added")));
    assertThat(browser.findElement(By.id("added")).getText())
        .isEqualTo("Đã thêm đơn vị \"" + unit + "\".");
    assertThat(
            agency(CONSTRUCTION)
                .findElement(By.cssSelector(".chip[data-unit='" + unit + "']"))
                .getText())
        .isEqualTo("Phòng Quy hoạch " + unit);

    String id = "kientruc." + suffix();
    browser.findElement(By.id("official-id")).sendKeys(id);
    browser.findElement(By.id("official-fullName")).sendKeys("Đoàn Thị Thu Hằng");
    browser.findElement(By.id("official-email")).sendKeys(id + "@xaydung.example.vn");
    new Select(browser.findElement(By.id("official-agency"))).selectByValue(CONSTRUCTION);
    browser.findElement(By.id("official-unit")).sendKeys(unit);
    browser.findElement(By.cssSelector("#add-official input[value='specialist']")).click();
    browser.findElement(By.id("official-password")).sendKeys("ngan");
    browser.findElement(By.cssSelector("#add-official button")).click();
    WebElement refused =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#add-official .error")));
    assertThat(refused.getText()).isEqualTo("Chưa thêm được: hãy sửa các trường được đánh dấu.");
    assertThat(browser.findElement(By.cssSelector("#add-official")).getText())
        .contains("phải có ít nhất 12 ký tự");
    assertThat(browser.findElement(By.id("official-id")).getAttribute("value")).isEqualTo(id);
    assertThat(browser.findElement(By.id("official-fullName")).getAttribute("value"))
        .isEqualTo("Đoàn Thị Thu Hằng");
    assertThat(browser.findElement(By.id("official-unit")).getAttribute("value")).isEqualTo(unit);
    assertThat(
            new Select(browser.findElement(By.id("official-agency")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(CONSTRUCTION);
    assertThat(
            browser
                .findElement(By.cssSelector("#add-official input[value='specialist']"))
                .isSelected())
        .isTrue();
    screenshot("organization-refused");

    WebElement password = browser.findElement(By.id("official-password"));
    password.clear();
    password.sendKeys("mat-khau-du-dai");
    browser.findElement(By.cssSelector("#add-official button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("added")));
    WebElement row =
        agency(CONSTRUCTION).findElement(By.cssSelector("tr[data-official='" + id + "']"));
    assertThat(row.getText())
        .contains("Đoàn Thị Thu Hằng", id, "Phòng Quy hoạch " + unit, "Chuyên viên");
    assertThat(identity.createGroupQuery().groupMember(id).list())
        .extracting(Group::getId)
        .containsExactly(CONSTRUCTION + ":specialist");
    browser.get(url("/admin/organization#agency-" + CONSTRUCTION));
    screenshot("organization-added");

    browser.get(url("/admin/organization?lang=en"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Organisation"));
    assertThat(
            agency(CONSTRUCTION)
                .findElement(By.cssSelector("tr[data-official='" + id + "']"))
                .getText())
        .contains("Specialist");
    assertThat(browser.findElement(By.id("add-official")).getText())
        .contains("Add a civil servant");
    screenshot("organization-en");
  }

  @Test
  void aSpecialistIsRefusedThePage() throws IOException {
    login("hotich.anbinh");
    assertThat(browser.findElements(By.id("organization"))).isEmpty();
    browser.get(url("/admin/organization"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden")));
    assertThat(browser.findElement(By.id("forbidden")).getText())
        .isEqualTo("Không có quyền truy cập");
    assertThat(browser.findElements(By.id("tree"))).isEmpty();
    screenshot("organization-forbidden");
  }

  private WebElement agency(String code) {
    return browser.findElement(By.cssSelector("section.agency[data-code='" + code + "']"));
  }

  private void login(String user) {
    Browsers.signIn(browser, url(""), user);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws IOException {
    Browsers.screenshot(browser, name);
  }
}
