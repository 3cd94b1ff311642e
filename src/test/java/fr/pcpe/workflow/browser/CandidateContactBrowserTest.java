package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestClock;
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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The candidate opens the link of their email in a browser, without an account, and answers "non". */
@IntegrationTest
class CandidateContactBrowserTest extends TasklistBrowserTest {

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

    driver = Browser.start();
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
}
