package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.cce.CceInvitation;
import fr.pcpe.workflow.cce.CceProcess;
import fr.pcpe.workflow.cce.CceService;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator records a whole CCE's attendance and outcomes in one Tasklist form, in Chromium. */
@IntegrationTest
class TasklistCceAttendanceBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestUsers users;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  CceService cces;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;

  @Test
  @DisplayName("la coordination saisit présence et suites de tous les invités en un seul formulaire")
  void coordinatorRecordsTheDayInOneForm() {
    driver = startBrowser();
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    ProcessInstance cce = runtimeService.startProcessInstanceByKey(CceProcess.KEY);
    complete(cce, Map.of(CceProcess.Vars.CITY.name(), "Bondy", CceProcess.Vars.VENUE.name(), "Mairie de Bondy",
        CceProcess.Vars.EVENT_DATE.name(), TestDrives.today().toString()));
    Long offer = drives.find(drives.open(5).getBusinessKey()).getJobOffer().getId();
    complete(cce, Map.of(CceProcess.Vars.OFFERS.name(), "[\"" + offer + "\"]"));
    TestReferrals.TestStructure structure = fixtures.structure();
    for (int i = 0; i < 3; i++) {
      cces.invite(cce.getBusinessKey(), fixtures.candidate(structure).getId(), false, new Caller(structure.referent(),
          fixtures.groupsOf(structure)));
    }
    for (int i = 0; i < 2; i++) { // the reminder, then the day
      managementService.executeJob(managementService.createJobQuery().processInstanceId(cce.getId()).singleResult().getId());
    }
    String taskId = taskService.createTaskQuery().processInstanceId(cce.getId()).singleResult().getId();
    String tasklist = tasklist();

    Browser.logIn(driver, tasklist, coordinator, TestUsers.PASSWORD, "Coordination PCPE");
    Browser.openAndClaim(driver, tasklist, taskId, "Saisir la présence et les suites");
    List<WebElement> present = checkboxesOf("Présents");
    assertThat(present).hasSize(3);
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("Awa Diallo", "Embauchés sur place");
    present.get(0).click();
    present.get(1).click();
    checkboxesOf("Embauchés sur place").get(0).click();
    Browser.screenshot(driver, getClass().getSimpleName() + "-filled");
    Browser.complete(driver);

    Browser.waitFor(driver).until(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    List<CceInvitation> invitations = cces.invitationsOf(cce.getBusinessKey());
    assertThat(invitations).extracting(CceInvitation::getAttended).containsExactly(true, true, false);
    assertThat(invitations).extracting(CceInvitation::getOutcome)
        .containsExactly(CceInvitation.Outcome.HIRED, CceInvitation.Outcome.NOTHING_YET, null);
    assertThat(invitations).filteredOn(invitation -> invitation.getFollowUpReference() != null)
        .as("the one present without a job, and the one absent (no-shows are followed)").hasSize(2);
  }

  /** The checkboxes of one of the form's lists, found by the list's label. */
  private List<WebElement> checkboxesOf(String listLabel) {
    return Browser.waitFor(driver).until(d -> {
      List<WebElement> boxes = d.findElements(By.xpath("//*[contains(@class, 'fjs-form-field-checklist')]"
          + "[.//label[normalize-space(.)=\"" + listLabel + "\"]]//input[@type='checkbox']"));
      return boxes.size() == 3 ? boxes : null;
    });
  }

  private void complete(ProcessInstance instance, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(), form);
  }
}
