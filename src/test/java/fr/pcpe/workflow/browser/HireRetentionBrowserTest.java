package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUpEnums;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.Referral;
import fr.pcpe.workflow.referral.RetentionProcess;
import fr.pcpe.workflow.referral.TestReferrals;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A month after a hire, the employer answers from the email's link that the person left; the structure's referent
 * reads it in Tasklist and restarts the follow-up in one step, the referent chosen by name.
 */
@IntegrationTest
class HireRetentionBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  FollowUpService followUps;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  @Test
  @DisplayName("un mois après l'embauche, l'employeur dit par le lien que la personne est partie ; sa structure reprend l'accompagnement dans Tasklist")
  void aDepartureToldByTheEmployerIsTakenUpByTheStructure() {
    String drive = drives.open(10).getBusinessKey();
    String employer = drives.find(drive).getEmployer().getName();
    String employerEmail = drives.find(drive).getEmployer().getContactEmail();
    TestReferrals.TestStructure structure = fixtures.structure();
    Referral referral = fixtures.hired(drive, structure, "CDI", TestDrives.today().minusDays(40));
    String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(RetentionProcess.KEY)
        .processInstanceBusinessKey(referral.getReference()).singleResult().getId();
    // the job began 40 days ago: the job executor's part of the month's check, due since 10 days
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
        .activityId(RetentionProcess.TIMER_CHECK_DUE).singleResult().getId());
    Matcher link = Pattern.compile("/decision-employeur\\.html#[A-Za-z0-9_-]+").matcher(new Mailbox(greenMail, dispatcher)
        .deliveredTo(employerEmail).stream().filter(mail -> mail.subject().startsWith("Comment se passe"))
        .reduce((first, last) -> last).orElseThrow().body());
    assertThat(link.find()).isTrue();
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);

    driver.get("http://localhost:" + port + link.group());
    wait.until(textToBePresentInElementLocated(By.id("title"), "Faire le point sur l'emploi à 1 mois"));
    String page = wait.until(d -> {
      String text = d.findElement(By.tagName("body")).getText();
      return text.contains("il y a 1 mois") ? text : null;
    });
    assertThat(page).contains("Comment se passe l'emploi de Awa Diallo ?", "Awa Diallo", employer,
        "La personne est-elle toujours en poste ?").doesNotContain("{{", "null", "undefined", "STILL_EMPLOYED");
    wait.until(elementToBeClickable(By.xpath("//label[contains(., 'Non, elle est partie')]"))).click();
    LocalDate leftOn = TestDrives.today().minusDays(3);
    driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        field("Date du départ"), leftOn.toString());
    wait.until(elementToBeClickable(By.xpath("//label[contains(., 'Peu satisfait')]"))).click();
    field("Comment cela se passe-t-il").sendKeys("Horaires de nuit trop difficiles");
    Browser.screenshot(driver, getClass().getSimpleName() + "-employer");
    driver.findElement(By.id("send")).click();
    wait.until(textToBePresentInElementLocated(By.id("status"), "Merci"));

    String task = taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(RetentionProcess.TASK_RESTART).singleResult().getId();
    Browser.logIn(driver, tasklist(), structure.referent(), TestUsers.PASSWORD, "Tâches de mes groupes");
    Browser.openAndClaim(driver, tasklist(), task, "Reprendre l'accompagnement après le départ");
    String form = wait.until(d -> {
      String text = d.findElement(By.tagName("body")).getText();
      return text.contains("a quitté son emploi le") ? text : null;
    });
    assertThat(form).contains("Awa Diallo a quitté son emploi", FrenchDates.day(leftOn), employer, "peu satisfait",
        "Horaires de nuit trop difficiles").doesNotContain(structure.referent(), "{{", "**")
        .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    wait.until(elementToBeClickable(By.xpath("//label[contains(., 'Oui, ouvrir un suivi')]"))).click();
    wait.until(elementToBeClickable(By.xpath(
        "//label[starts-with(normalize-space(.), 'Référent du suivi')]/following-sibling::*[1]"))).click();
    wait.until(elementToBeClickable(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.)='Camille Essai']")))
        .click();
    Browser.screenshot(driver, getClass().getSimpleName() + "-structure");
    Browser.complete(driver);

    wait.until(d -> taskService.createTaskQuery().taskId(task).count() == 0);
    assertThat(followUps.openOf(referral.getCandidate().getId())).get()
        .satisfies(followUp -> assertThat(followUp.getOrigin()).isEqualTo(FollowUpEnums.Origin.JOB_ENDED))
        .satisfies(followUp -> assertThat(followUp.getEventDate()).isEqualTo(leftOn));
  }

  private WebElement field(String label) {
    WebElement labelElement = Browser.waitFor(driver).until(driver -> driver.findElement(
        By.xpath("//label[starts-with(normalize-space(.), \"" + label + "\")]")));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }
}
