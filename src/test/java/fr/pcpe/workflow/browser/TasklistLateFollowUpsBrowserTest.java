package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasklist's "Suivis en retard", clicked by a referent whose follow-up is late, and by another structure's. */
@IntegrationTest
class TasklistLateFollowUpsBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestReferrals fixtures;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  FollowUpService followUps;
  @Autowired
  ManagementService managementService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  TestUsers users;

  @Test
  @DisplayName("« Suivis en retard » : le référent y trouve son suivi en retard, nommé ; une autre structure ne le voit pas")
  void referentSeesTheirLateFollowUpAndAnotherStructureDoesNot() {
    TestReferrals.TestStructure structure = fixtures.structure();
    TestReferrals.TestStructure other = fixtures.structure();
    String lastName = "Retard" + TestUsers.uniqueLetters(6);
    Candidate candidate = candidates.save(new Candidate("Inès", lastName, structure.structure(), Instant.now(),
        structure.referent()));
    FollowUp late = followUps.open(candidate.getId(), TestDrives.today(), structure.referent());
    TestClock.daysAfter(TestDrives.today().atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), 15.01,
        managementService, runtimeService, late.getReference());
    String tasklist = tasklist();

    driver = startBrowser();
    assertThat(lateFollowUpsSeen(tasklist, structure.referent())).contains("Rencontrer le candidat", "Inès " + lastName);

    driver = startBrowser();
    assertThat(lateFollowUpsSeen(tasklist, other.referent())).doesNotContain(lastName);
  }

  @Test
  @DisplayName("la direction de la structure ouvre le suivi en retard : le candidat, le retard, son référent nommé, sans identifiant ni date ISO")
  void theHeadReadsTheLateFollowUpsForm() {
    TestReferrals.TestStructure structure = fixtures.structure();
    String head = users.create("direction", PcpeGroups.headsOf(structure.structure().getGroupId()));
    String lastName = "Retard" + TestUsers.uniqueLetters(6);
    Candidate candidate = candidates.save(new Candidate("Inès", lastName, structure.structure(), Instant.now(),
        structure.referent()));
    FollowUp late = followUps.open(candidate.getId(), TestDrives.today(), structure.referent());
    TestClock.daysAfter(TestDrives.today().atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), 15.01,
        managementService, runtimeService, late.getReference());
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(late.getReference()).singleResult().getId();

    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    Browser.logIn(driver, tasklist(), head, TestUsers.PASSWORD, "Suivis en retard");
    driver.get(tasklist() + "#/?task=" + taskId);
    String page = wait.until(d -> {
      String text = d.findElement(By.tagName("body")).getText();
      return text.contains("Rencontrer Inès " + lastName) ? text : null;
    });
    Browser.screenshot(driver, getClass().getSimpleName() + "-head");
    assertThat(Browser.field(driver, "Date de la rencontre").getAttribute("placeholder")).as("a French date")
        .isEqualTo("jj/mm/aaaa");
    assertThat(page).contains("Rencontrer le candidat — Inès " + lastName, "Suivi " + late.getReference(), "direction")
        .doesNotContain(structure.referent(), head, PcpeGroups.STRUCTURE_PREFIX, "{{", "undefined")
        .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  }

  /** Logs in, clicks the filter and returns what the page then shows. */
  private String lateFollowUpsSeen(String tasklist, String user) {
    WebDriverWait wait = Browser.waitFor(driver);
    Browser.logIn(driver, tasklist, user, TestUsers.PASSWORD, "Suivis en retard");
    wait.until(elementToBeClickable(By.xpath("//*[contains(@class, 'task-filters')]//*[contains(text(), 'Suivis en retard')]")))
        .click();
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(@class, 'active')]//*[contains(text(), 'Suivis en retard')]")));
    Browser.screenshot(driver, getClass().getSimpleName() + "-" + user);
    return driver.findElement(By.tagName("body")).getText();
  }
}
