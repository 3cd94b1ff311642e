package fr.pcpe.workflow.browser;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every Tasklist browser test shares: the application's Tasklist URL, the run's Chromium, a last screenshot,
 * and the engine's clock set back to now for the next test (those that move it to make a deadline pass).
 */
abstract class TasklistBrowserTest {

  @LocalServerPort
  int port;

  ChromeDriver driver;

  String tasklist() {
    return "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  /** The run's Chromium as a new person finds it (a fresh tab, no cookie, no storage of the application's). */
  ChromeDriver startBrowser() {
    return Browser.start("http://localhost:" + port);
  }

  @AfterEach
  void keepLastScreen() {
    if (driver != null) {
      Browser.screenshot(driver, getClass().getSimpleName());
      driver = null;
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }
}
