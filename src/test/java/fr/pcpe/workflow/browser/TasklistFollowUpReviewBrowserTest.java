package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpEnums;
import fr.pcpe.workflow.followup.FollowUpProcess;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator reviews, in Tasklist, a follow-up closed on lost contact and hands it to another referent by name. */
@IntegrationTest
class TasklistFollowUpReviewBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  FollowUpService followUps;
  @Autowired
  TaskService taskService;

  @Test
  @DisplayName("un suivi clos sur « contact perdu » : la coordination le relance avec la direction de la structure, choisie par son nom")
  void coordinatorRestartsWithAnotherReferent() {
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    TestReferrals.TestStructure structure = fixtures.structure();
    String head = users.create("head", PcpeGroups.headsOf(structure.structure().getGroupId()));
    FollowUp followUp = followUps.open(fixtures.candidate(structure).getId(), TestDrives.today(), structure.referent());
    followUps.closeNow(followUp.getReference(), FollowUpEnums.Outcome.CONTACT_LOST, "Plus de réponse au téléphone");
    String taskId = taskService.createTaskQuery().processDefinitionKey(FollowUpProcess.REVIEW_KEY)
        .processInstanceBusinessKey(followUp.getReference()).singleResult().getId();
    String tasklist = tasklist();

    Browser.logIn(driver, tasklist, coordinator, TestUsers.PASSWORD, "Coordination PCPE");
    Browser.openAndClaim(driver, tasklist, taskId, "Revoir le suivi clos sans issue");
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("Revoir le suivi clos sans issue — Awa Diallo", "Contact perdu. « Plus de réponse au téléphone »",
            structure.structure().getName())
        .doesNotContain(structure.referent(), head);

    wait.until(elementToBeClickable(By.xpath("//label[contains(., 'Relancer avec un autre référent')]"))).click();
    wait.until(elementToBeClickable(By.xpath(
        "//label[starts-with(normalize-space(.), 'Nouveau référent')]/following-sibling::*[1]"))).click();
    wait.until(elementToBeClickable(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.)='Camille Essai']")))
        .click();
    Browser.screenshot(driver, getClass().getSimpleName() + "-filled");
    Browser.complete(driver);

    wait.until(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    assertThat(followUps.ofCandidate(followUp.getCandidate().getId()))
        .filteredOn(other -> other.getStatus() == FollowUpEnums.Status.ACTIVE).singleElement()
        .satisfies(restarted -> assertThat(restarted.getReferentUserId()).isEqualTo(head));
  }
}
