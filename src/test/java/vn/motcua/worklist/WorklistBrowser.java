package vn.motcua.worklist;

import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.Browsers;

/**
 * One headless Chromium on the test server for the worklist page tests: signs officials in and out,
 * opens pages, finds a dossier's row and takes screenshots into target/screenshots.
 */
final class WorklistBrowser implements AutoCloseable {

  final WebDriver driver;
  final WebDriverWait wait;
  private final int port;

  WorklistBrowser(int port) throws IOException {
    this.port = port;
    this.driver = Browsers.chromium();
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Signs {@code user} in on our login page (signing out whoever was in before). */
  void login(String user) {
    driver.get(url("/login"));
    driver.manage().deleteAllCookies();
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.id("login")).click();
    // the page is replaced while the condition is polled: ride out the navigation
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(ExpectedConditions.attributeToBe(By.id("greeting"), "data-user", user));
  }

  /** Opens the worklist with this query string and waits for its table or "nothing to do". */
  void worklist(String query) {
    driver.get(url("/worklist?" + query));
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("worklist")),
            ExpectedConditions.presenceOfElementLocated(By.id("empty"))));
  }

  /** The dossier's rows on the page shown (none or one). */
  List<WebElement> rows(String code) {
    return driver.findElements(By.cssSelector("tr[data-code='" + code + "']"));
  }

  WebElement row(String code) {
    return wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("tr[data-code='" + code + "']")));
  }

  /** Clicks an element after scrolling it to the middle of the window. */
  void click(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  String text(By element) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(element)).getText();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void screenshot(String name) throws IOException {
    Path target = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(target.getParent());
    Files.copy(
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
        target,
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
