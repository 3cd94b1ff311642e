package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.network.NetworkPerson;
import fr.pcpe.workflow.network.NetworkService;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff site as people see it in Chromium: reached from Tasklist's header, each page names the person, shows
 * no login, group id or ISO date, and passes axe-core's WCAG 2.1 AA rules.
 */
@IntegrationTest
class SiteBrowserTest extends TasklistBrowserTest {

  /** Each page of the coordination and its title. */
  private static final Map<String, String> PAGES = Map.of("/suivis-en-retard", "Suivis en retard", "/parcours",
      "Parcours d'un candidat", "/vivier", "Vivier de candidats", "/impact", "L'impact du PCPE", "/annuaire",
      "Annuaire des services du réseau", "/plan-des-cafes", "Plan des Cafés Contact Emploi", "/reseau",
      "Le réseau du PCPE", "/projets-incubes", "Projets incubés", "/donnees-personnelles",
      "Données personnelles d'un candidat", "/courriels", "E-mails non envoyés");

  private static final Set<String> SEARCH_PAGES = Set.of("/parcours", "/donnees-personnelles");

  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  NetworkService network;
  @Autowired
  TestDrives drives;
  @Autowired
  IdentityService identityService;
  @Autowired
  FollowUpService followUps;
  @Autowired
  ManagementService managementService;
  @Autowired
  RuntimeService runtimeService;

  @Test
  @DisplayName("la coordination va de Tasklist au site : chaque page la nomme, sans identifiant ni date ISO, et passe axe-core")
  void coordinatorWalksTheSite() {
    // a follow-up late enough for the coordinators, so that the late list has a row to act on
    TestReferrals.TestStructure structure = fixtures.structure();
    FollowUp late = followUps.open(fixtures.candidate(structure).getId(), TestDrives.today(), structure.referent());
    TestClock.daysAfter(TestDrives.today().atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), 8, managementService,
        runtimeService, late.getReference());
    ClockUtil.reset();
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    Browser.logIn(driver, tasklist(), coordinator, TestUsers.PASSWORD, "Coordination PCPE");
    wait.until(elementToBeClickable(By.xpath("//summary[.='Pages du PCPE']"))).click();
    wait.until(elementToBeClickable(By.linkText("Suivis en retard"))).click();
    wait.until(urlContains("/suivis-en-retard"));
    // the coordination acts on a late follow-up from its row: here, a reminder to the referent
    wait.until(elementToBeClickable(By.cssSelector("button[aria-label='Relancer — Awa Diallo']"))).click();
    wait.until(d -> d.findElement(By.id("status")).getText().contains("relancé(e) par e-mail pour le suivi de Awa Diallo"));
    assertThat(driver.findElement(By.tagName("body")).getText()).contains(late.getReference(), "rappel au référent",
        "rencontre").doesNotContain(structure.referent());
    Browser.screenshot(driver, getClass().getSimpleName() + "-late-actions");

    for (Map.Entry<String, String> page : PAGES.entrySet()) {
      driver.get("http://localhost:" + port + page.getKey());
      wait.until(visibilityOfElementLocated(By.xpath("//h1[contains(., \"" + page.getValue() + "\")]")));
      // a list has loaded when it says how many, or shows its rows; the search pages wait for a name
      wait.until(d -> SEARCH_PAGES.contains(page.getKey()) || !d.findElements(By.cssSelector("tbody tr")).isEmpty()
          || !d.findElement(By.id("status")).getText().isBlank());
      String text = driver.findElement(By.tagName("body")).getText();
      assertThat(text).as(page.getKey()).contains("Camille Essai · coordination PCPE", "Mes tâches")
          .doesNotContain(coordinator, PcpeGroups.COORDINATORS, "undefined", "null")
          .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
      Browser.screenshot(driver, getClass().getSimpleName() + page.getKey().replace('/', '-'));
      assertThat(Browser.accessibilityViolations(driver)).as(page.getKey()).isEmpty();
    }
  }

  @Test
  @DisplayName("une structure voit ses chiffres à elle, pas ceux du réseau ; le réseau lui dit qu'il est réservé")
  void aStructureSeesItsOwnPages() {
    TestReferrals.TestStructure structure = fixtures.structure();
    String drive = drives.open(10, structure.structure().getGroupId()).getBusinessKey();
    for (int i = 0; i < 5; i++) {
      fixtures.hired(drive, structure, "CDI");
    }
    TestReferrals.TestStructure other = fixtures.structure();
    fixtures.hired(drives.open(10, other.structure().getGroupId()).getBusinessKey(), other, "CDD");
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    Browser.logIn(driver, tasklist(), structure.referent(), TestUsers.PASSWORD, "Tâches de mes groupes");
    wait.until(elementToBeClickable(By.xpath("//summary[.='Pages du PCPE']"))).click();
    wait.until(elementToBeClickable(By.linkText("Impact"))).click();

    wait.until(textToBePresentInElementLocated(By.id("title"), "Les chiffres de " + structure.structure().getName()));
    wait.until(d -> !d.findElements(By.cssSelector("#contractChart canvas")).isEmpty());
    String figures = driver.findElement(By.tagName("body")).getText();
    assertThat(figures).contains("Les chiffres de votre structure", "5\nembauches confirmées", structure.structure().getName())
        .doesNotContain(other.structure().getName(), "Projets", "Réponses des employeurs", "CDD 1");
    assertThat(driver.findElements(By.cssSelector("#tables table")))
        .as("drives, structures, contracts, retention, satisfaction per drive and per structure, follow-ups").hasSize(7);
    Browser.screenshot(driver, getClass().getSimpleName() + "-structure-figures");
    assertThat(Browser.accessibilityViolations(driver)).isEmpty();

    driver.get("http://localhost:" + port + "/reseau");
    wait.until(visibilityOfElementLocated(By.xpath("//h1[contains(., 'Page réservée')]")));
    String text = driver.findElement(By.tagName("body")).getText();
    assertThat(text).contains("réservée à la coordination du PCPE", structure.structure().getName())
        .doesNotContain("Inviter une personne");
    Browser.screenshot(driver, getClass().getSimpleName() + "-refused");
    assertThat(Browser.accessibilityViolations(driver)).isEmpty();
  }

  @Test
  @DisplayName("la coordination corrige l'e-mail d'une personne depuis « Le réseau » : prérempli, enregistré, la personne informée")
  void coordinatorChangesAPersonsEmail() {
    TestReferrals.TestStructure structure = fixtures.structure();
    String lastName = "Reseau" + TestUsers.uniqueLetters(6);
    identityService.saveUser(withName(identityService.createUserQuery().userId(structure.referent()).singleResult(),
        lastName));
    network.listMember(structure.referent(), NetworkPerson.OrganizationKind.STRUCTURE, structure.structure().getId(),
        NetworkPerson.Role.REFERENT);
    String newcomer = fixtures.structure().structure().getName();
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    Browser.logIn(driver, tasklist(), users.create("coord", PcpeGroups.COORDINATORS), TestUsers.PASSWORD,
        "Coordination PCPE");
    driver.get("http://localhost:" + port + "/reseau");
    WebElement modify = wait.until(elementToBeClickable(By.cssSelector("button[aria-label='Modifier — Samia " + lastName + "']")));
    assertThat(driver.findElement(By.xpath("//h2[starts-with(normalize-space(.), '" + newcomer + "')]"
        + "/following-sibling::p[1]")).getText()).as("a structure nobody has joined yet says so")
        .isEqualTo("Personne n'y est encore invité : « Inviter une personne », plus bas, lui envoie son invitation.");
    modify.click();
    WebElement email = wait.until(visibilityOfElementLocated(By.cssSelector("#identityForm input[name='email']")));
    assertThat(driver.findElement(By.cssSelector("#identityForm input[name='lastName']")).getAttribute("value"))
        .isEqualTo(lastName);
    email.clear();
    email.sendKeys("samia." + lastName.toLowerCase() + "@rebond.example");
    driver.findElement(By.xpath("//button[.='Enregistrer la modification']")).click();
    wait.until(d -> d.findElement(By.id("status")).getText().contains("informée"));
    Browser.screenshot(driver, getClass().getSimpleName() + "-identity");
    assertThat(identityService.createUserQuery().userId(structure.referent()).singleResult().getEmail())
        .isEqualTo("samia." + lastName.toLowerCase() + "@rebond.example");
    assertThat(driver.findElement(By.id("organizations")).getText()).contains("samia." + lastName.toLowerCase());
    assertThat(Browser.accessibilityViolations(driver)).isEmpty();
  }

  private static User withName(User user, String lastName) {
    user.setFirstName("Samia");
    user.setLastName(lastName);
    return user;
  }
}
