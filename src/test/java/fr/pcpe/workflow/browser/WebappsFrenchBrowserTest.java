package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.system.security.PcpeGroups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Cockpit speaks French to a coordinator, and a group task's greyed-out form says it must be claimed. */
@IntegrationTest
class WebappsFrenchBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestUsers users;
  @Autowired
  DriveService driveService;
  @Autowired
  TaskService taskService;

  @Test
  @DisplayName("Cockpit en français pour une coordinatrice, sans bandeau de migration")
  void cockpitInFrench() {
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    wait.until(visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys(coordinator);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(TestUsers.PASSWORD);
    driver.findElement(By.cssSelector("form button[type='submit']")).click();
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), 'Instances de processus en cours')]")));

    String page = driver.findElement(By.tagName("body")).getText();
    assertThat(page).contains("Processus", "Décisions", "Tâches humaines", "Déploiements")
        .doesNotContain("Running Process Instances", "Deployments", "Human Tasks", "Decisions", "Camunda 8");

    driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), 'définitions de processus déployées')]")));
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("process definitions deployed");
  }

  @Test
  @DisplayName("une tâche de groupe dit qu'il faut la prendre en charge, et le bouton de l'avis la prend")
  void groupTaskSaysItMustBeClaimed() {
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    ProcessInstance drive = driveService.start("Parcours Logistique");
    String taskId = taskService.createTaskQuery().processInstanceId(drive.getId()).singleResult().getId();
    String tasklist = tasklist();

    Browser.logIn(driver, tasklist, coordinator, TestUsers.PASSWORD, "Coordination PCPE");
    driver.get(tasklist + "#/?task=" + taskId);
    By hint = By.cssSelector(".pcpe-claim-hint");
    wait.until(visibilityOfElementLocated(hint));
    assertThat(driver.findElement(hint).getText()).contains("prenez-la en charge pour remplir le formulaire");

    wait.until(elementToBeClickable(By.cssSelector(".pcpe-claim-hint button"))).click();
    wait.until(d -> coordinator.equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
    wait.until(invisibilityOfElementLocated(hint));
    // the employer's name given at the start is there: replaced, as a person correcting it would
    Browser.field(driver, "Raison sociale").sendKeys(Keys.chord(Keys.CONTROL, "a"), "Les Entrepôts de Tremblay");
    WebElement sector = wait.until(elementToBeClickable(By.xpath(
        "//label[starts-with(normalize-space(.), \"Secteur d'activité\")]/following-sibling::*[1]")));
    assertThat(sector.getText()).as("form-js's own placeholder, in French").isEqualTo("Choisir…");
    sector.click();
    wait.until(elementToBeClickable(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][contains(., 'Logistique')]")))
        .click();
    wait.until(d -> sector.getText().contains("Logistique"));
  }
}
