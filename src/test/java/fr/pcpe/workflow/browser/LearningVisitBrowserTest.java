package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.system.security.PcpeGroups;
import fr.pcpe.workflow.visit.VisitProcess;
import fr.pcpe.workflow.visit.VisitProcess.Vars;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** An outside guest answers a learning visit's invitation from its link; the coordination records the visit in Tasklist. */
@IntegrationTest
class LearningVisitBrowserTest extends TasklistBrowserTest {

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TestUsers users;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  @Test
  @DisplayName("une invitée répond « Je viens » depuis son lien ; le lendemain, la coordination coche les présents dans Tasklist")
  void aGuestRepliesAndTheCoordinationRecordsTheVisit() {
    String email = "nadia.benali-" + TestUsers.uniqueLetters(5) + "@prefecture.example";
    LocalDate day = TestDrives.today().plusDays(1);
    Map<String, Object> plan = new HashMap<>();
    plan.put(Vars.THEME.name(), "Un chantier d'insertion dans le bâtiment");
    plan.put(Vars.HOST.name(), "Bâtir Ensemble, Saint-Denis");
    plan.put(Vars.DAY.name(), day.toString());
    plan.put(Vars.PLACES.name(), 12);
    plan.put(Vars.GUESTS.name(), "Nadia Benali, " + email);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(VisitProcess.KEY, plan);
    Matcher link = Pattern.compile("/visite\\.html#[A-Za-z0-9_-]+").matcher(new Mailbox(greenMail, dispatcher)
        .deliveredTo(email).get(0).body());
    assertThat(link.find()).isTrue();
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);

    driver.get("http://localhost:" + port + link.group());
    wait.until(textToBePresentInElementLocated(By.id("title"), "Un chantier d'insertion dans le bâtiment"));
    assertThat(driver.findElement(By.id("day")).getText()).isEqualTo(FrenchDates.day(day));
    assertThat(driver.findElement(By.id("places")).getText()).isEqualTo("12");
    driver.findElement(By.id("yes")).click();
    wait.until(textToBePresentInElementLocated(By.id("status"), "Merci : vous êtes attendu(e)"));
    assertThat(driver.findElement(By.id("reply")).getText()).isEqualTo("vous venez");
    assertThat(driver.findElement(By.id("places")).getText()).isEqualTo("11");
    Browser.screenshot(driver, getClass().getSimpleName() + "-guest");
    assertThat(Browser.accessibilityViolations(driver)).isEmpty();

    // the job executor's part: the reminder (due already, the visit is tomorrow), then the morning after
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult()
        .getId());
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult()
        .getId());
    String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    Browser.logIn(driver, tasklist(), users.create("coord", PcpeGroups.COORDINATORS), TestUsers.PASSWORD,
        "Coordination PCPE");
    Browser.openAndClaim(driver, tasklist(), task, "Noter la visite apprenante");
    String form = wait.until(d -> {
      String text = d.findElement(By.tagName("body")).getText();
      return text.contains("Avaient dit venir") ? text : null;
    });
    assertThat(form).contains("Un chantier d'insertion dans le bâtiment", "Bâtir Ensemble, Saint-Denis",
        FrenchDates.day(day), "Avaient dit venir : Nadia Benali").doesNotContain("{{", "**", email)
        .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    wait.until(elementToBeClickable(By.xpath("//label[contains(., 'Nadia Benali (avait dit venir)')]"))).click();
    String takeaways = driver.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Ce que les participants')]"))
        .getAttribute("for");
    // leaving the field hands its text to the form at once (form-js debounces what is typed)
    driver.findElement(By.id(takeaways)).sendKeys("Le tutorat par les compagnons est à proposer aux employeurs du BTP.",
        Keys.TAB);
    Browser.screenshot(driver, getClass().getSimpleName() + "-record");
    Browser.complete(driver);
    wait.until(d -> runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0);
  }
}
