package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's own screen, as the coordination works in it (the filters, the list, a task's form), against
 * axe-core's WCAG 2.1 A and AA rules: what the project's scripts, locale and stylesheet can fix is fixed.
 */
@IntegrationTest
class TasklistAccessibilityBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestUsers users;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  ReferralService referrals;
  @Autowired
  TaskService taskService;

  @Test
  @DisplayName("l'écran de Tasklist, liste et formulaire ouverts, passe les règles WCAG 2.1 AA d'axe-core")
  void tasklistPassesAxe() {
    String drive = drives.open(5).getBusinessKey();
    TestReferrals.TestStructure structure = fixtures.structure();
    String reference = referrals.refer(drive, fixtures.candidate(structure).getId(), "Motivée",
        new Caller(structure.referent(), fixtures.groupsOf(structure))).getReference();
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    Browser.logIn(driver, tasklist(), users.create("coord", PcpeGroups.COORDINATORS), TestUsers.PASSWORD,
        "Coordination PCPE");
    Browser.openAndClaim(driver, tasklist(), taskId, "Pré-sélectionner");
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Awa Diallo"));
    Browser.screenshot(driver, getClass().getSimpleName() + "-task");
    assertThat(Browser.accessibilityViolations(driver)).isEmpty();

    // the site's pages are one menu of the header, which keeps its height: nothing of the columns is hidden
    WebElement header = driver.findElement(By.cssSelector("[cam-widget-header]"));
    WebElement sorting = driver.findElement(By.cssSelector(".new-sort"));
    assertThat(sorting.getRect().getY()).as("the list's sorting bar is below the header")
        .isGreaterThanOrEqualTo(header.getRect().getY() + header.getRect().getHeight());
    wait.until(elementToBeClickable(By.xpath("//summary[.='Pages du PCPE']"))).click();
    wait.until(elementToBeClickable(By.linkText("Impact")));
    Browser.screenshot(driver, getClass().getSimpleName() + "-menu");
    assertThat(Browser.accessibilityViolations(driver)).as("the menu open").isEmpty();
    driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    wait.until(invisibilityOfElementLocated(By.linkText("Impact")));
  }
}
