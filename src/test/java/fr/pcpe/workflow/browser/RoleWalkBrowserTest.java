package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.referral.Referral;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role walks Tasklist as a new user would: every kind of task it has (one of each), opened with its form,
 * then every page of the site its menu offers. Nothing a person reads may be a login, a group id, an ISO date,
 * an English word of Tasklist, an empty name ("Pré-sélection de", "Campagne .") or an unrendered template. The screenshots are in target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleWalkBrowserTest extends TasklistBrowserTest {

  private static final String ADMIN_PASSWORD = "Secret-Mot-2026!";

  @Autowired
  TestUsers users;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  ReferralService referrals;
  @Autowired
  DriveService driveService;
  @Autowired
  FollowUpService followUps;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  RuntimeService runtimeService;

  private final List<String> businessKeys = new ArrayList<>();
  private final List<String> logins = new ArrayList<>();
  private TestReferrals.TestStructure structure;
  private String head;
  private String employer;
  private String coordinator;
  private String late;

  /** One drive of each state the roles act on, a referral at each of its tasks, a follow-up on time and one late. */
  @BeforeAll
  void network() {
    structure = fixtures.structure();
    head = users.create("direction", PcpeGroups.headsOf(structure.structure().getGroupId()));
    coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    String drive = drives.open(5, structure.structure().getGroupId()).getBusinessKey();
    employer = users.create("emp", driveService.find(drive).getEmployer().getGroupId());
    businessKeys.add(drive);
    businessKeys.add(driveService.start("Hôtel Pleyel").getBusinessKey());
    Caller referent = new Caller(structure.referent(), fixtures.groupsOf(structure));
    Referral toScreen = referrals.refer(drive, fixtures.candidate(structure).getId(), "Motivée", referent);
    Referral toDecide = referrals.refer(drive, fixtures.candidate(structure).getId(), null, referent);
    complete(toDecide.getReference(), Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    Referral toConfirm = referrals.refer(drive, fixtures.candidate(structure).getId(), null, referent);
    complete(toConfirm.getReference(), Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    complete(toConfirm.getReference(), Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW",
        Vars.INTERVIEW_DATE.name(), TestDrives.today().plusDays(1).toString()));
    fixtures.interviewHeld(toConfirm.getReference());
    businessKeys.addAll(List.of(toScreen.getReference(), toDecide.getReference(), toConfirm.getReference()));
    businessKeys.add(followUps.open(fixtures.candidate(structure).getId(), TestDrives.today(), structure.referent())
        .getReference());
    late = followUps.open(fixtures.candidate(structure).getId(), TestDrives.today(), structure.referent())
        .getReference();
    TestClock.daysAfter(TestDrives.today().atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), 15.01,
        managementService, runtimeService, late);
    ClockUtil.reset();
    businessKeys.add(late);
    logins.addAll(List.of(structure.referent(), head, employer, coordinator));
  }

  private void complete(String reference, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(),
        form);
  }

  @Test
  @DisplayName("la coordination : chacune de ses tâches et de ses pages, en français et nommée")
  void coordinator() {
    walk(coordinator, TestUsers.PASSWORD, "Coordination PCPE", taskService.createTaskQuery().taskCandidateUser(coordinator));
  }

  @Test
  @DisplayName("le référent d'une structure : chacune de ses tâches et de ses pages, en français et nommée")
  void referent() {
    walk(structure.referent(), TestUsers.PASSWORD, "Tâches de mes groupes",
        taskService.createTaskQuery().or().taskAssignee(structure.referent()).taskCandidateUser(structure.referent())
            .endOr());
  }

  @Test
  @DisplayName("la direction d'une structure : le suivi en retard qui lui est signalé et ses pages, en français")
  void head() {
    // signalled to the head, the late follow-up is in their "Suivis en retard" (authorizations, not a candidate group)
    walk(head, TestUsers.PASSWORD, "Suivis en retard", taskService.createTaskQuery().processInstanceBusinessKey(late));
  }

  @Test
  @DisplayName("l'employeur : ses décisions sur les candidats, nommés, sans rien qui ne le regarde")
  void employer() {
    Map<String, String> seen = walk(employer, TestUsers.PASSWORD, "Tâches de mes groupes",
        taskService.createTaskQuery().taskCandidateUser(employer));
    assertThat(seen.keySet()).contains("userTask_decideInterview", "userTask_confirmHire");
    assertThat(seen.values()).allSatisfy(text -> assertThat(text).doesNotContain("RSA", "Pages du PCPE"));
  }

  @Test
  @DisplayName("l'administration : le travail ouvert de tout le réseau et toutes les pages, en français et nommé")
  void administrator() {
    walk("admin", ADMIN_PASSWORD, "Tout le réseau", taskService.createTaskQuery());
  }

  /**
   * Logs in, opens one task of each kind among the scenario's that the query finds, then each page of the site's
   * menu; returns what each task's screen said, by kind.
   */
  private Map<String, String> walk(String login, String password, String landingFilter, TaskQuery visible) {
    List<Task> tasks = visible.processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).list();
    Map<String, Task> oneOfEachKind = new LinkedHashMap<>();
    tasks.forEach(task -> oneOfEachKind.putIfAbsent(task.getTaskDefinitionKey(), task));
    assertThat(oneOfEachKind).as(login + " has tasks to open").isNotEmpty();
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    Browser.logIn(driver, tasklist(), login, password, landingFilter);

    Map<String, String> seen = new LinkedHashMap<>();
    for (Task task : oneOfEachKind.values()) {
      driver.get(tasklist() + "#/?task=" + task.getId());
      wait.until(visibilityOfElementLocated(By.xpath("//h2[contains(., \"" + task.getName() + "\")]")));
      wait.until(presenceOfElementLocated(By.cssSelector(".fjs-container .fjs-form-field")));
      String text = driver.findElement(By.tagName("body")).getText();
      Browser.screenshot(driver, getClass().getSimpleName() + "-" + role(login) + "-" + task.getTaskDefinitionKey());
      readsWell(task.getName(), text);
      seen.put(task.getTaskDefinitionKey(), text);
    }

    List<String> pages = driver.findElements(By.cssSelector("li.pcpe-site a")).stream()
        .map(link -> link.getAttribute("href")).toList();
    for (String page : pages) {
      driver.get(page);
      WebElement title = wait.until(visibilityOfElementLocated(By.tagName("h1")));
      wait.until(d -> !d.findElements(By.cssSelector("tbody tr")).isEmpty()
          || !d.findElements(By.id("status")).isEmpty() && !d.findElement(By.id("status")).getText().isBlank()
          || d.findElements(By.id("status")).isEmpty() || d.findElements(By.cssSelector("#name")).size() == 1);
      Browser.screenshot(driver, getClass().getSimpleName() + "-" + role(login) + page.substring(page.lastIndexOf('/')).replace('/', '-'));
      readsWell(title.getText(), driver.findElement(By.tagName("body")).getText());
    }
    return seen;
  }

  private String role(String login) {
    return login.equals("admin") ? "admin" : login.replaceAll("[0-9a-f]{8}$", "");
  }

  /** What a person reads names people and things, in French. */
  private void readsWell(String where, String text) {
    assertThat(text).as(where)
        .doesNotContain(logins.toArray(String[]::new))
        .doesNotContainPattern("\\badmin\\b")
        .doesNotContain("{{", "undefined", "NaN")
        .doesNotContainPattern("\\bnull\\b")
        .doesNotContainPattern("\\b(structure-\\d+|employer-\\d{14}|pcpe-(coordinators|admin)|camunda-admin)\\b")
        .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b")
        .doesNotContainPattern("\\b(Claim|Unclaim|Complete|Submit|Due date|Follow-up date|Add comment|Assignee)\\b")
        .doesNotContainPattern("— *,")
        .doesNotContainPattern("(?m)\\b(de|d'|du|avec|chez|pour|Campagne :?) *([.,]|$)");
  }
}
