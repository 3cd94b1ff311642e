package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.mail.OutboxMail;
import fr.pcpe.workflow.referral.TestReferrals;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Pages opened from a personal link, without an account: the candidate answers "non" in one click; an invited
 * person chooses their password, told in French what is wrong until it is good.
 */
@IntegrationTest
class PersonalLinkBrowserTest extends TasklistBrowserTest {

  @Autowired
  FollowUpService followUps;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  MailService mails;
  @Autowired
  ManagementService managementService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TestRestTemplate http;

  @Test
  @DisplayName("le candidat ouvre son lien, répond « non » en un clic : la structure est alertée")
  void candidateSaysNobodyCalled() {
    TestReferrals.TestStructure structure = fixtures.structure();
    Candidate candidate = candidates.save(new Candidate("Bakary", "Sissoko", structure.structure(), Instant.now(),
        structure.referent()).contact("bakary.browser@test.example", null, "Bondy")
        .followedBy(structure.referent(), true).contactConsent(Instant.now()));
    FollowUp followUp = followUps.open(candidate.getId(), TestDrives.today(), structure.referent());
    Instant eventStart = TestDrives.today().atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
    TestClock.daysAfter(eventStart, 15.01, managementService, runtimeService, followUp.getReference());
    OutboxMail question = mails.queuedFor(followUp.getReference() + ":ask-candidate").get(0);
    String link = question.getBody().replaceAll("(?s).*(https?://\\S+/contact\\.html#\\S+).*", "$1")
        .replaceFirst("https?://[^/]+", "http://localhost:" + port);

    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    driver.get(link);
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(., 'Bonjour Bakary')]")));
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("vous a-t-il contacté(e) ?", structure.structure().getName()).doesNotContain("Sissoko");

    wait.until(elementToBeClickable(By.id("no"))).click();
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(., 'est prévenue dès maintenant')]")));
    assertThat(followUps.find(followUp.getReference()).getEscalationLevel()).isEqualTo(Level.COORDINATORS);

    driver.navigate().refresh();
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(., 'votre réponse est déjà enregistrée')]")));
  }

  @Test
  @DisplayName("la personne invitée ouvre son lien : son prénom et son identifiant, un mot de passe refusé en français, puis choisi une fois")
  void invitedPersonChoosesTheirPassword() {
    TestReferrals.TestStructure structure = fixtures.structure();
    String email = "ines-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    ResponseEntity<JsonNode> invited = http.withBasicAuth("admin", TestUsers.PASSWORD).exchange(
        "/api/network/people", HttpMethod.POST, new HttpEntity<>(Map.of("firstName", "Inès", "lastName", "Morel",
            "email", email, "role", "REFERENT", "organizationId", structure.structure().getId())), JsonNode.class);
    assertThat(invited.getStatusCode().value()).isEqualTo(201);
    String login = invited.getBody().path("login").asText();
    String link = mails.about(email, "Inès Morel").get(0).getBody()
        .replaceAll("(?s).*(https?://\\S+/mot-de-passe\\.html#\\S+).*", "$1")
        .replaceFirst("https?://[^/]+", "http://localhost:" + port);

    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    driver.get(link);
    wait.until(visibilityOfElementLocated(By.id("password")));
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("Inès", login);

    choose("Rebond-93-Clichy!", "Rebond-93-Clichy?");
    wait.until(textToBePresentInElementLocated(By.id("error"), "ne sont pas les mêmes"));
    choose("azerty", "azerty");
    wait.until(textToBePresentInElementLocated(By.id("error"), "trop faible"));
    Browser.screenshot(driver, getClass().getSimpleName() + "-weak-password");
    assertThat(driver.findElement(By.id("form")).isDisplayed()).as("the form stays for another try").isTrue();

    choose("Rebond-93-Clichy!", "Rebond-93-Clichy!");
    wait.until(visibilityOfElementLocated(By.id("next")));
    assertThat(driver.findElement(By.id("error")).getText()).isEmpty();
    assertThat(driver.findElement(By.id("form")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("status")).getText()).isNotBlank().doesNotContain(login + "@");

    driver.navigate().refresh();
    wait.until(textToBePresentInElementLocated(By.id("status"), "déjà"));
    assertThat(driver.findElement(By.id("form")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.linkText("Aller à mon espace")).isDisplayed()).as("no dead end").isTrue();
  }

  private void choose(String password, String confirmation) {
    for (String field : new String[] {"password", "confirmation"}) {
      driver.findElement(By.id(field)).clear();
    }
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("confirmation")).sendKeys(confirmation);
    driver.findElement(By.cssSelector("#form button[type=submit], #form button:not([type])")).click();
  }
}
