package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.TestSirets;
import fr.pcpe.workflow.drive.DriveProcess;
import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.drive.DriveStatus;
import fr.pcpe.workflow.drive.RecruitmentDrive;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A coordinator onboards an employer in the real Tasklist, through the Camunda Form, in Chromium. */
@IntegrationTest
class TasklistOnboardingBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestUsers users;
  @Autowired
  DriveService driveService;
  @Autowired
  TaskService taskService;
  @Autowired
  TestRestTemplate http;
  @Autowired
  TestDrives testDrives;
  @Autowired
  RuntimeService runtimeService;

  @Test
  @DisplayName("une coordinatrice accueille un employeur dans Tasklist ; le SIRET faux est refusé par le serveur")
  void coordinatorOnboardsAnEmployerInTasklist() {
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    PartnerStructure structure = testDrives.mobilizableStructure();
    ProcessInstance instance = driveService.start("Parcours Logistique");
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    String tasklist = tasklist();

    Browser.logIn(driver, tasklist, coordinator, TestUsers.PASSWORD, "Coordination PCPE");
    Browser.openAndClaim(driver, tasklist, taskId, "Accueillir l'employeur");

    WebElement siret = Browser.field(driver, "SIRET (14 chiffres)");
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("Raison sociale", "Secteur d'activité", "Nom du contact", "E-mail du contact",
            "Besoin de recrutement");
    // the name given when the drive started is there already: the coordinator corrects it
    WebElement name = Browser.field(driver, "Raison sociale");
    name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    name.sendKeys("Les Entrepôts de Tremblay");
    siret.sendKeys("81234567600018"); // the check digit is wrong
    Browser.field(driver, "Nom du contact").sendKeys("Marc Dubois");
    Browser.field(driver, "E-mail du contact").sendKeys("rh@tremblay.example");
    Browser.field(driver, "Besoin de recrutement").sendKeys("40 préparateurs de commandes en CDI, CACES 1");
    wait.until(elementToBeClickable(By.xpath(
        "//label[starts-with(normalize-space(.), \"Secteur d'activité\")]/following-sibling::*[1]"))).click();
    wait.until(elementToBeClickable(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][contains(., 'Logistique')]")))
        .click();

    Browser.complete(driver);
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), 'clé de contrôle')]")));
    assertThat(driver.findElement(By.tagName("body")).getText()).as("the refusal without the engine's wrapping")
        .doesNotContain("Cannot submit", taskId);
    assertThat(driveService.find(instance.getBusinessKey()).getStatus()).isEqualTo(DriveStatus.ONBOARDING);
    WebElement terminer = driver.findElement(By.xpath("//button[normalize-space(.)='Terminer']"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", terminer);
    Browser.screenshot(driver, getClass().getSimpleName() + "-refused");
    assertThat((Boolean) driver.executeScript("var b = arguments[0].getBoundingClientRect();"
        + "var at = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);"
        + "return at === arguments[0] || arguments[0].contains(at);", terminer))
        .as("the refusal's notice lies over no button").isTrue();

    String validSiret = TestSirets.fresh();
    siret = Browser.field(driver, "SIRET (14 chiffres)");
    siret.click();
    for (int i = 0; i < 14; i++) {
      siret.sendKeys(Keys.BACK_SPACE);
    }
    // leaving the field hands the value to the form at once (form-js debounces typing)
    siret.sendKeys(validSiret, Keys.TAB);
    Browser.complete(driver);

    wait.until(driver -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    assertThat(driveService.find(instance.getBusinessKey()).getStatus()).isEqualTo(DriveStatus.EMPLOYER_ONBOARDED);
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForObject("/api/drives/" + instance.getBusinessKey(), String.class))
        .contains("\"status\":\"EMPLOYER_ONBOARDED\"", "Les Entrepôts de Tremblay", validSiret);

    // the next task offers the partner structures to mobilize, from the database
    String agreeTaskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    Browser.openAndClaim(driver, tasklist, agreeTaskId, "Qualifier le besoin");
    wait.until(visibilityOfElementLocated(By.xpath("//label[contains(., 'Structures partenaires à mobiliser')]")));
    wait.until(visibilityOfElementLocated(By.xpath("//label[contains(., \"" + structure.getName() + "\")]")));
    assertThat(driver.findElement(By.tagName("body")).getText()).as("the previous task's refusal is gone")
        .doesNotContain("clé de contrôle");
  }

  @Test
  @DisplayName("une campagne reprise d'une autre : le formulaire d'accord arrive prérempli dans Tasklist, structures cochées")
  void aDriveFromATemplateArrivesPrefilled() {
    PartnerStructure structure = testDrives.mobilizableStructure();
    RecruitmentDrive template = driveService.find(testDrives.open(12, structure.getGroupId()).getBusinessKey());
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(DriveProcess.KEY, Map.of(
        DriveProcess.Vars.EMPLOYER_NAME.name(), "Hôtel Pleyel", DriveProcess.Vars.TEMPLATE_DRIVE.name(),
        template.getReference()));
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
        Map.of(DriveProcess.Vars.EMPLOYER_NAME.name(), "Hôtel Pleyel", DriveProcess.Vars.SIRET.name(), TestSirets.fresh(),
            DriveProcess.Vars.SECTOR.name(), "LOGISTICS", DriveProcess.Vars.CONTACT_NAME.name(), "Léa Martin",
            DriveProcess.Vars.CONTACT_EMAIL.name(), "rh@pleyel.example", DriveProcess.Vars.NEED_DESCRIPTION.name(),
            "Des agents de quai pour la logistique de l'hôtel"));
    String agreeTaskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    Browser.logIn(driver, tasklist(), users.create("coord", PcpeGroups.COORDINATORS), TestUsers.PASSWORD,
        "Coordination PCPE");

    Browser.openAndClaim(driver, tasklist(), agreeTaskId, "Qualifier le besoin");
    wait.until(d -> template.getJobOffer().getTitle().equals(Browser.field(driver, "Intitulé du poste").getAttribute("value")));
    assertThat(Browser.field(driver, "Code ROME").getAttribute("value")).isEqualTo(template.getJobOffer().getRomeCode());
    WebElement chosen = wait.until(visibilityOfElementLocated(By.xpath(
        "//label[contains(., \"" + structure.getName() + "\")]/preceding-sibling::input | //label[contains(., \""
            + structure.getName() + "\")]//input")));
    assertThat(chosen.isSelected()).as("the structure the template mobilized is ticked").isTrue();
    Browser.screenshot(driver, getClass().getSimpleName() + "-template");
  }
}
