package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator answers a person's request on the personal data page, in Chromium: reads their data, erases it. */
@IntegrationTest
class PersonalDataBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  CandidateRepository candidates;

  @Test
  @DisplayName("la coordination retrouve la personne, lit ses données en français, puis les efface")
  void coordinatorReadsThenErases() {
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    String lastName = "Personnelle" + TestUsers.uniqueLetters(5);
    TestReferrals.TestStructure structure = fixtures.structure();
    Candidate candidate = candidates.save(new Candidate("Nadia", lastName, structure.structure(), Instant.now(),
        structure.referent()).contact("nadia." + lastName + "@exemple.org", null, "Bondy"));
    Browser.logIn(driver, tasklist(), users.create("coord", PcpeGroups.COORDINATORS), TestUsers.PASSWORD, "Coordination PCPE");

    driver.get("http://localhost:" + port + "/donnees-personnelles.html");
    wait.until(elementToBeClickable(By.id("name"))).sendKeys(lastName);
    driver.findElement(By.id("find")).click();
    wait.until(elementToBeClickable(By.xpath("//ul[@id='found']//button[contains(., '" + lastName + "')]"))).click();
    wait.until(elementToBeClickable(By.id("export"))).click();
    wait.until(textToBePresentInElementLocated(By.id("export-view"), "nadia." + lastName));
    assertThat(driver.findElement(By.id("export-view")).getText()).contains("La personne", "Prénom", "Nadia",
        "Orientations", "Actions sur ses données", "Bénéficiaire du RSA\nnon", "consultation de ses données",
        "demande de la personne").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("EXPORT", "true");
    assertThat(driver.findElement(By.id("reason")).getText()).contains("Demande de la personne",
        "Données devenues inutiles", "Demande d'une autorité").doesNotContain("_");
    Browser.screenshot(driver, getClass().getSimpleName() + "-export");

    driver.findElement(By.id("erase")).click();
    wait.until(alertIsPresent()).accept();
    wait.until(textToBePresentInElementLocated(By.id("status"), "effacées"));
    assertThat(candidates.findById(candidate.getId()).orElseThrow().getAnonymisedAt()).isNotNull();
  }
}
