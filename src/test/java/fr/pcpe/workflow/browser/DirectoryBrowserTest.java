package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.TestReferrals;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

/**
 * A structure's referent writes their structure's page in the directory, then another structure finds it; a stale page's
 * reminder link opens it without an account.
 */
@IntegrationTest
class DirectoryBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ManagementService managementService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  @Test
  @DisplayName("une référente remplit la page de sa structure dans l'annuaire ; une autre structure la trouve par commune et public")
  void aStructureWritesItsPageAndAnotherFindsIt() {
    TestReferrals.TestStructure structure = fixtures.structure();
    String commune = "Pierrefitte " + TestUsers.uniqueLetters(5);
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    Browser.logIn(driver, tasklist(), structure.referent(), TestUsers.PASSWORD, "Tâches de mes groupes");
    wait.until(elementToBeClickable(By.xpath("//summary[.='Pages du PCPE']"))).click();
    wait.until(elementToBeClickable(By.linkText("Annuaire des services"))).click();

    wait.until(textToBePresentInElementLocated(By.id("own-title"), structure.structure().getName()));
    wait.until(textToBePresentInElementLocated(By.id("page-updated"), "pas encore de page"));
    driver.findElement(By.id("serviceName")).sendKeys("Ateliers CV et entretiens.");
    driver.findElement(By.id("description")).sendKeys("Trop court");
    driver.findElement(By.id("save-page")).click();
    wait.until(textToBePresentInElementLocated(By.id("description-error"), "50 à 2 000 caractères"));
    assertThat(driver.findElement(By.id("serviceName-error")).getText()).contains("sans point final");
    assertThat(driver.findElement(By.id("themes-error")).getText()).contains("au moins un thème");
    assertThat(driver.findElement(By.id("page-error")).getText()).isEqualTo(
        "La page n'est pas enregistrée : corrigez les champs signalés ci-dessus.");
    Browser.screenshot(driver, getClass().getSimpleName() + "-refused");

    driver.findElement(By.id("serviceName")).clear();
    driver.findElement(By.id("serviceName")).sendKeys("Ateliers CV et entretiens");
    assertThat(driver.findElement(By.id("serviceName-error")).getText()).as("corrected: its message goes").isEmpty();
    assertThat(driver.findElement(By.id("description-error")).getText()).isNotEmpty();
    driver.findElement(By.id("description")).sendKeys(" : deux ateliers par semaine pour préparer sa candidature et ses "
        + "entretiens, ouverts aux personnes orientées par le réseau.");
    driver.findElement(By.xpath("//label[contains(., 'Préparer sa candidature')]/input")).click();
    driver.findElement(By.xpath("//label[contains(., 'Jeunes')]/input")).click();
    driver.findElement(By.id("communes")).sendKeys(commune + ", Saint-Denis");
    driver.findElement(By.id("howToRefer")).sendKeys("Un e-mail à la conseillère avec le CV de la personne.");
    driver.findElement(By.id("contactName")).sendKeys("Inès Haddad");
    driver.findElement(By.id("contactEmail")).sendKeys("ines.haddad@rebond.example");
    Browser.screenshot(driver, getClass().getSimpleName() + "-filled");
    driver.findElement(By.id("save-page")).click();
    wait.until(textToBePresentInElementLocated(By.id("own-status"), "Page enregistrée"));
    assertThat(driver.findElement(By.id("page-updated")).getText()).matches("Mise à jour le \\d{2}/\\d{2}/\\d{4}\\.");
    assertThat(Browser.accessibilityViolations(driver)).isEmpty();

    TestReferrals.TestStructure other = fixtures.structure();
    driver.manage().deleteAllCookies();
    Browser.logIn(driver, tasklist(), other.referent(), TestUsers.PASSWORD, "Tâches de mes groupes");
    driver.get("http://localhost:" + port + "/annuaire");
    wait.until(elementToBeClickable(By.id("commune"))).sendKeys(commune.toLowerCase());
    driver.findElement(By.xpath("//select[@id='audience']/option[.='Jeunes']")).click();
    driver.findElement(By.xpath("//form[@id='search']//button")).click();
    wait.until(textToBePresentInElementLocated(By.id("status"), "1 structure(s)"));
    String found = driver.findElement(By.id("results")).getText();
    assertThat(found).contains(structure.structure().getName() + " — Ateliers CV et entretiens", "Préparer sa candidature",
        "Jeunes", "Inès Haddad, ines.haddad@rebond.example", "Un e-mail à la conseillère")
        .doesNotContain("PREPARER_SA_CANDIDATURE", "JEUNES", "null", "undefined")
        .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    Browser.screenshot(driver, getClass().getSimpleName() + "-found");
  }

  @Test
  @DisplayName("le rappel d'une page de plus de six mois : la structure ouvre son lien sans compte, voit sa page remplie et l'enregistre")
  void theReminderLinkOpensThePageWithoutAnAccount() {
    TestReferrals.TestStructure structure = fixtures.structure();
    Map<String, Object> page = new HashMap<>();
    page.put("serviceName", "Permanence emploi");
    page.put("description", "Une permanence chaque mardi pour les demandeurs d'emploi du quartier : offres, CV, "
        + "inscriptions, orientation vers les partenaires.");
    page.put("themes", List.of("TROUVER_UN_EMPLOI"));
    page.put("audiences", List.of("DEMANDEURS_EMPLOI"));
    page.put("communes", List.of("Stains"));
    page.put("howToRefer", "Venir le mardi matin, sans rendez-vous.");
    page.put("contactName", "Karim Ouali");
    page.put("contactEmail", "karim.ouali@rebond.example");
    assertThat(http.withBasicAuth(structure.referent(), TestUsers.PASSWORD).exchange("/api/directory/mine",
        HttpMethod.PUT, new HttpEntity<>(page), String.class).getStatusCode().value()).isEqualTo(200);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(190))));
    managementService.executeJob(managementService.createJobQuery().processDefinitionKey("directoryFreshness").timers()
        .singleResult().getId());
    ClockUtil.reset();
    Matcher link = Pattern.compile("/annuaire-structure\\.html#[A-Za-z0-9_-]+").matcher(new Mailbox(greenMail, dispatcher)
        .deliveredTo(structure.structure().getEmail()).stream().filter(mail -> mail.subject().contains("annuaire"))
        .reduce((first, last) -> last).orElseThrow().body());
    assertThat(link.find()).isTrue();
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);

    driver.get("http://localhost:" + port + link.group());
    wait.until(textToBePresentInElementLocated(By.id("own-title"), structure.structure().getName()));
    assertThat(driver.findElement(By.id("serviceName")).getAttribute("value")).isEqualTo("Permanence emploi");
    assertThat(driver.findElement(By.xpath("//label[contains(., 'Trouver un emploi')]/input")).isSelected()).isTrue();
    assertThat(driver.findElement(By.id("page-updated")).getText()).matches("Mise à jour le \\d{2}/\\d{2}/\\d{4}\\.");
    driver.findElement(By.id("howToRefer")).clear();
    driver.findElement(By.id("howToRefer")).sendKeys("Le mardi matin sans rendez-vous, ou par e-mail au contact.");
    Browser.screenshot(driver, getClass().getSimpleName() + "-link");
    driver.findElement(By.id("save-page")).click();

    wait.until(textToBePresentInElementLocated(By.id("own-status"), "Page enregistrée"));
    assertThat(Browser.accessibilityViolations(driver)).isEmpty();
    driver.navigate().refresh();
    wait.until(textToBePresentInElementLocated(By.id("own-status"), "déjà été mise à jour"));
  }
}
