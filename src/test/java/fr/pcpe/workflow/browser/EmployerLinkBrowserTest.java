package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.ReferralStatus;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.Caller;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** An employer without an account opens the link of the email in Chromium and confirms a hire. */
@IntegrationTest
class EmployerLinkBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  ReferralService referrals;
  @Autowired
  TaskService taskService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  @Test
  @DisplayName("l'employeur, sans compte, ouvre le lien de l'e-mail et confirme l'embauche")
  void employerConfirmsAHireFromTheEmail() {
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    ProcessInstance drive = drives.open(10);
    String employerEmail = drives.find(drive.getBusinessKey()).getEmployer().getContactEmail();
    TestReferrals.TestStructure structure = fixtures.structure();
    String reference = referrals.refer(drive.getBusinessKey(), fixtures.candidate(structure).getId(),
        "Cariste confirmée", new Caller(structure.referent(), fixtures.groupsOf(structure))).getReference();
    complete(reference, Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    complete(reference, Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(),
        TestDrives.today().plusDays(1).toString()));
    fixtures.interviewHeld(reference);

    List<Mailbox.Mail> mails = new Mailbox(greenMail, dispatcher).deliveredTo(employerEmail);
    Mailbox.Mail hireMail = mails.get(mails.size() - 1);
    assertThat(hireMail.subject()).contains("l'embauchez-vous");
    Matcher link = Pattern.compile("/decision-employeur\\.html#[A-Za-z0-9_-]+").matcher(hireMail.body());
    assertThat(link.find()).isTrue();

    driver.get("http://localhost:" + port + link.group());
    wait.until(textToBePresentInElementLocated(By.id("title"), "Confirmer l'embauche"));
    assertThat(driver.findElement(By.id("candidate")).getText()).isEqualTo("Awa Diallo");
    assertThat(driver.findElement(By.id("comment")).getText()).isEqualTo("Cariste confirmée");
    wait.until(elementToBeClickable(By.xpath("//label[contains(., 'Embauché')][not(contains(., 'Non'))]"))).click();
    new Select(field("Type de contrat")).selectByVisibleText("CDI");
    driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        field("Date de démarrage"), TestDrives.today().plusDays(15).toString());
    field("Durée hebdomadaire (heures)").sendKeys("35");
    Browser.screenshot(driver, getClass().getSimpleName() + "-filled");
    driver.findElement(By.id("send")).click();

    wait.until(textToBePresentInElementLocated(By.id("status"), "Merci"));
    assertThat(referrals.find(reference).getStatus()).isEqualTo(ReferralStatus.HIRED);
    assertThat(referrals.hireOf(reference)).get().satisfies(hire -> assertThat(hire.getWeeklyHours()).isEqualTo(35));

    driver.navigate().refresh();
    wait.until(textToBePresentInElementLocated(By.id("status"), "déjà"));
  }

  @Test
  @DisplayName("la page de toutes ses candidatures en attente : l'employeur y voit chaque candidat nommé et répond de là")
  void employerAnswersFromTheOverview() {
    ProcessInstance drive = drives.open(10);
    String employerEmail = drives.find(drive.getBusinessKey()).getEmployer().getContactEmail();
    TestReferrals.TestStructure structure = fixtures.structure();
    Caller referent = new Caller(structure.referent(), fixtures.groupsOf(structure));
    for (String comment : List.of("Cariste confirmée", "Préparatrice de commandes")) {
      complete(referrals.refer(drive.getBusinessKey(), fixtures.candidate(structure).getId(), comment, referent)
          .getReference(), Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    }
    Matcher overview = Pattern.compile("/candidatures-employeur\\.html#[A-Za-z0-9_-]+").matcher(
        new Mailbox(greenMail, dispatcher).deliveredTo(employerEmail).get(0).body());
    assertThat(overview.find()).isTrue();
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);

    driver.get("http://localhost:" + port + overview.group());
    wait.until(textToBePresentInElementLocated(By.id("status"), "2 candidature(s)"));
    String page = driver.findElement(By.tagName("body")).getText();
    assertThat(page).contains("Vos candidatures en attente — " + drives.find(drive.getBusinessKey()).getEmployer().getName(),
        "Awa Diallo", "Proposer un entretien ou non").doesNotContain("RSA", "null", "undefined")
        .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    Browser.screenshot(driver, getClass().getSimpleName() + "-overview");
    assertThat(Browser.accessibilityViolations(driver)).isEmpty();
    driver.findElements(By.linkText("Répondre")).get(0).click();
    wait.until(textToBePresentInElementLocated(By.id("title"), "Décider d'un entretien"));
    assertThat(driver.findElement(By.id("candidate")).getText()).isEqualTo("Awa Diallo");
  }

  @Test
  @DisplayName("un second lien ouvert dans le même onglet : la page montre ce second candidat et agit sur lui seul")
  void aSecondLinkInTheSameTabActsOnItsOwnCandidate() {
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    ProcessInstance drive = drives.open(10);
    String employerEmail = drives.find(drive.getBusinessKey()).getEmployer().getContactEmail();
    TestReferrals.TestStructure structure = fixtures.structure();
    Caller referent = new Caller(structure.referent(), fixtures.groupsOf(structure));
    String first = referrals.refer(drive.getBusinessKey(), fixtures.candidate(structure).getId(), "Cariste confirmée",
        referent).getReference();
    complete(first, Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    String second = referrals.refer(drive.getBusinessKey(), fixtures.candidate(structure).getId(),
        "Préparatrice de commandes", referent).getReference();
    complete(second, Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    List<String> links = new Mailbox(greenMail, dispatcher).deliveredTo(employerEmail).stream()
        .map(mail -> Pattern.compile("/decision-employeur\\.html#[A-Za-z0-9_-]+").matcher(mail.body()))
        .filter(Matcher::find).map(Matcher::group).toList();
    assertThat(links).hasSize(2);

    driver.get("http://localhost:" + port + links.get(0));
    wait.until(textToBePresentInElementLocated(By.id("comment"), "Cariste confirmée"));
    driver.get("http://localhost:" + port + links.get(1));
    wait.until(textToBePresentInElementLocated(By.id("comment"), "Préparatrice de commandes"));
    String page = wait.until(driver -> {
      String text = driver.findElement(By.tagName("body")).getText();
      return text.contains("Campagne : ") ? text : null;
    });
    assertThat(page).contains("Candidature de Awa Diallo", "chez " + drives.find(drive.getBusinessKey()).getEmployer().getName())
        .doesNotContain("RSA", "{{");
    Browser.screenshot(driver, getClass().getSimpleName() + "-second-link");
    wait.until(elementToBeClickable(By.xpath("//label[contains(., 'Non, candidature')]"))).click();
    new Select(field("Motif")).selectByVisibleText("Profil ne correspondant pas au poste");
    driver.findElement(By.id("send")).click();

    wait.until(textToBePresentInElementLocated(By.id("status"), "Merci"));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(first).singleResult().getTaskDefinitionKey())
        .as("the first link's candidate is untouched").isEqualTo(ReferralProcess.TASK_DECIDE_INTERVIEW);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(second).count()).isZero();
  }

  private WebElement field(String label) {
    WebElement labelElement = Browser.waitFor(driver).until(driver -> driver.findElement(
        By.xpath("//label[starts-with(normalize-space(.), \"" + label + "\")]")));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  private void complete(String reference, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(), form);
  }
}
