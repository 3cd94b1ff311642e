package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.ReferralStatus;
import fr.pcpe.workflow.referral.TestReferrals;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A referent refers a candidate from Tasklist's start form, choosing the drive in a list: no reference typed. */
@IntegrationTest
class TasklistReferralStartBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  ReferralService referrals;

  @Test
  @DisplayName("une référente oriente un candidat depuis Tasklist en choisissant la campagne dans la liste")
  void referentChoosesTheDriveInTheStartForm() {
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    ProcessInstance drive = drives.open(5);
    TestReferrals.TestStructure structure = fixtures.structure();
    String tasklist = tasklist();

    Browser.logIn(driver, tasklist, structure.referent(), TestUsers.PASSWORD, "Tâches de mes groupes");
    // Tasklist speaks French, and shows no migration banner
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("Lancer une démarche", "Mes tâches")
        .doesNotContain("Start process", "migrate", "Camunda 8");
    wait.until(elementToBeClickable(By.xpath("//a[contains(., 'Lancer une démarche')]"))).click();
    wait.until(elementToBeClickable(By.xpath("//a[contains(., \"Orientation d'un candidat\")]"))).click();

    wait.until(elementToBeClickable(By.xpath(
        "//label[starts-with(normalize-space(.), 'Campagne de recrutement')]/following-sibling::*[1]"))).click();
    // the suite's other drives are listed too: the person types the reference, as in a long list, and picks it
    driver.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Campagne de recrutement')]"
        + "/following-sibling::*[1]//input")).sendKeys(drive.getBusinessKey());
    WebElement choice = wait.until(elementToBeClickable(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')]"
        + "[contains(., \"" + drive.getBusinessKey() + "\")]")));
    choice.click();
    Browser.field(driver, "Prénom du candidat").sendKeys("Inès", Keys.TAB);
    Browser.field(driver, "Nom du candidat").sendKeys("Haddad", Keys.TAB);
    wait.until(elementToBeClickable(By.xpath("//label[contains(., 'consentement')]"))).click();
    Browser.screenshot(driver, getClass().getSimpleName() + "-filled");
    driver.executeScript("arguments[0].click();",
        wait.until(elementToBeClickable(By.xpath("//button[normalize-space(.)='Lancer']"))));

    wait.until(driver -> !referrals.ofDrive(drive.getBusinessKey()).isEmpty());
    assertThat(referrals.ofDrive(drive.getBusinessKey())).singleElement()
        .satisfies(referral -> assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SUBMITTED));
    // the structure gets its reference back, with where to follow the candidate
    String reference = referrals.ofDrive(drive.getBusinessKey()).get(0).getReference();
    wait.until(visibilityOfElementLocated(By.cssSelector(".pcpe-created")));
    assertThat(driver.findElement(By.cssSelector(".pcpe-created")).getText())
        .contains("Enregistré sous la référence " + reference, "Voir le parcours du candidat");
    Browser.screenshot(driver, getClass().getSimpleName() + "-reference");
  }
}
