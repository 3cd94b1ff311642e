package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.Map;
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

/** An employer confirms a hire in the real Tasklist, through the Camunda Form, in Chromium. */
@IntegrationTest
class TasklistHireBrowserTest extends TasklistBrowserTest {

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
  @Autowired
  TestRestTemplate http;

  @Test
  @DisplayName("l'employeur confirme une embauche (CDI, date, horaires) dans Tasklist")
  void employerConfirmsAHireInTasklist() {
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    ProcessInstance drive = drives.open(10);
    String employer = users.create("emp", drives.find(drive.getBusinessKey()).getEmployer().getGroupId());
    TestReferrals.TestStructure structure = fixtures.structure();
    String reference = referrals.refer(drive.getBusinessKey(), fixtures.candidate(structure).getId(), null,
        new Caller(structure.referent(), fixtures.groupsOf(structure))).getReference();
    complete(reference, Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    complete(reference, Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(),
        TestDrives.today().plusDays(1).toString()));
    fixtures.interviewHeld(reference);
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    String tasklist = tasklist();

    Browser.logIn(driver, tasklist, employer, TestUsers.PASSWORD, "Tâches de mes groupes");
    wait.until(driver -> driver.getCurrentUrl().contains("dueDate")); // the list first opens by due date
    Browser.openAndClaim(driver, tasklist, taskId, "Confirmer l'embauche");
    // the task says whom it is about, in French; the employer landed on the filter that holds it
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("Confirmer l'embauche — Awa Diallo", "Tâches de mes groupes 1", "Échéance")
        .doesNotContain("Claim", "Complete", "migrate");
    // the form says whom and which drive the decision is about, and nothing that is not the employer's business
    String employerName = drives.find(drive.getBusinessKey()).getEmployer().getName();
    String form = wait.until(driver -> {
      String text = driver.findElement(By.tagName("body")).getText();
      return text.contains("Suite de l'entretien avec") ? text : null;
    });
    assertThat(form).contains("Suite de l'entretien avec Awa Diallo",
        "Campagne : Préparateur de commandes chez " + employerName, structure.structure().getName())
        .doesNotContain("RSA", employer, PcpeGroups.EMPLOYER_PREFIX, PcpeGroups.STRUCTURE_PREFIX, "{{", "undefined")
        .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    Browser.screenshot(driver, getClass().getSimpleName() + "-form");
    // a decision is required: form-js's own English message is replaced
    Browser.complete(driver);
    wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error")));
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("Champ obligatoire.")
        .doesNotContain("Field is required");

    wait.until(elementToBeClickable(By.xpath("//label[contains(., 'Embauché')]"))).click();
    wait.until(elementToBeClickable(By.xpath(
        "//label[starts-with(normalize-space(.), 'Type de contrat')]/following-sibling::*[1]"))).click();
    wait.until(elementToBeClickable(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.)='CDI']")))
        .click();
    WebElement startDate = Browser.field(driver, "Date de démarrage");
    startDate.sendKeys(TestDrives.today().plusDays(15).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
        Keys.ENTER, Keys.TAB);
    Browser.field(driver, "Durée hebdomadaire (heures)").sendKeys("35", Keys.TAB);
    Browser.screenshot(driver, getClass().getSimpleName() + "-filled");

    Browser.complete(driver);

    wait.until(driver -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    assertThat(http.withBasicAuth(employer, TestUsers.PASSWORD).getForObject("/api/referrals/" + reference, String.class))
        .contains("\"status\":\"HIRED\"");
    assertThat(referrals.hireOf(reference)).get().satisfies(hire -> {
      assertThat(hire.getWeeklyHours()).isEqualTo(35);
      assertThat(hire.getStartDate()).isEqualTo(TestDrives.today().plusDays(15));
    });
  }

  private void complete(String reference, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(), form);
  }
}
