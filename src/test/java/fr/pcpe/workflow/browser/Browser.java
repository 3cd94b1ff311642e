package fr.pcpe.workflow.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (nothing is downloaded). Without them the
 * browser tests are skipped with the reason, except on CI, where a missing browser is a failure.
 */
final class Browser {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private Browser() {
  }

  /** One Chromium for the whole run: starting it costs about 3 s, and the suite opens it some thirty times. */
  private static ChromeDriver shared;

  /**
   * The run's Chromium, as a new person would find it on {@code origin}: a fresh tab (no session storage), no
   * cookie, no local storage, the last test's tabs closed; only the HTTP cache stays. Started on first use and
   * again if it died; quit when the tests' JVM ends.
   */
  static synchronized ChromeDriver start(String origin) {
    boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    String reason = "Chromium is not installed: apt-get install chromium chromium-driver";
    if ("true".equals(System.getenv("CI"))) {
      Assertions.assertTrue(installed, reason);
    }
    Assumptions.assumeTrue(installed, reason);
    if (shared != null) {
      try {
        return cleared(shared, origin);
      } catch (WebDriverException dead) {
        quit(shared);
      }
    }
    shared = launch();
    ChromeDriver launched = shared;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> quit(launched)));
    return cleared(launched, origin);
  }

  private static ChromeDriver launch() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // root on a closed network: no sandbox, no background connections
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", "--window-size=1400,1000", "--lang=fr-FR", "--accept-lang=fr-FR");
    // a French browser, as the PCPE's people use: headless Chromium otherwise reports en-US to pages
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static ChromeDriver cleared(ChromeDriver driver, String origin) {
    try {
      driver.switchTo().alert().dismiss();
    } catch (NoAlertPresentException none) {
      // the usual case
    }
    driver.switchTo().newWindow(WindowType.TAB);
    String fresh = driver.getWindowHandle();
    for (String tab : driver.getWindowHandles()) {
      if (!tab.equals(fresh)) {
        driver.switchTo().window(tab).close();
      }
    }
    driver.switchTo().window(fresh);
    driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    driver.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", origin,
        "storageTypes", "all"));
    return driver;
  }

  private static void quit(ChromeDriver driver) {
    try {
      driver.quit();
    } catch (WebDriverException gone) {
      // already gone
    }
    if (shared == driver) {
      shared = null;
    }
  }

  /** Up to 30 s, looking every 50 ms (WebDriver's default half-second would add a quarter of a second to each wait). */
  static WebDriverWait waitFor(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.pollingEvery(Duration.ofMillis(50));
    return wait;
  }

  /** Logs into Tasklist ({@code tasklist} ends with /tasklist/default/) and waits for the filters. */
  static void logIn(ChromeDriver driver, String tasklist, String user, String password, String filterShown) {
    WebDriverWait wait = waitFor(driver);
    driver.get(tasklist);
    wait.until(visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    // the login page may still be rendering (its autofocus moving): type again until both fields hold what was typed
    waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement username = d.findElement(By.cssSelector("input[ng-model='username']"));
      WebElement secret = d.findElement(By.cssSelector("input[ng-model='password']"));
      username.clear();
      username.sendKeys(user);
      secret.clear();
      secret.sendKeys(password);
      return user.equals(username.getDomProperty("value")) && password.equals(secret.getDomProperty("value"));
    });
    driver.findElement(By.cssSelector("form button[type='submit']")).click();
    // the header's closed menu may hold the same words: any one of them shown will do
    By shown = By.xpath("//*[contains(text(), \"" + filterShown + "\")]");
    wait.until(d -> d.findElements(shown).stream().anyMatch(WebElement::isDisplayed));
  }

  /** Opens the task and claims it, as a user does before filling its form. */
  static void openAndClaim(ChromeDriver driver, String tasklist, String taskId, String taskName) {
    WebDriverWait wait = waitFor(driver);
    driver.get(tasklist + "#/?task=" + taskId);
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), \"" + taskName + "\")]")));
    wait.until(elementToBeClickable(By.xpath("//button[contains(., 'Prendre en charge')]"))).click();
    // claimed, the form is no longer greyed out and its "take it" notice goes: wait for the form to settle
    wait.until(invisibilityOfElementLocated(By.cssSelector(".pcpe-claim-hint")));
  }

  /** The input a Camunda Form field's label names. */
  static WebElement field(ChromeDriver driver, String label) {
    WebElement labelElement = waitFor(driver).until(visibilityOfElementLocated(
        By.xpath("//label[starts-with(normalize-space(.), \"" + label + "\")]")));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  /** Clicks "Terminer" (Tasklist's notifications may lie over it, hence the script click). */
  static void complete(ChromeDriver driver) {
    WebElement button = waitFor(driver).until(elementToBeClickable(By.xpath("//button[normalize-space(.)='Terminer']")));
    driver.executeScript("arguments[0].click();", button);
  }

  /** axe-core's WCAG 2.1 A and AA findings on the page: one line per rule, with the elements concerned. */
  static List<String> accessibilityViolations(WebDriver driver) {
    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    return results.getViolations().stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): "
        + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getHtml().substring(0,
            Math.min(160, node.getHtml().length()))).collect(Collectors.joining(" | "))).toList();
  }

  /** Keeps what the browser showed in target/screenshots, for whoever reads a failure. */
  static void screenshot(WebDriver driver, String name) {
    try {
      Path file = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (Exception ignored) {
      // a missing screenshot must not hide the test's own outcome
    }
  }
}
