package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordination plans the year's Cafés Contact Emploi on its page, then starts one from the plan. */
@IntegrationTest
class CceYearPlanBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestUsers users;

  @Test
  @DisplayName("la coordination fixe l'objectif de l'année, ajoute un café avec ses co-organisateurs, puis le lance du plan")
  void theCoordinationPlansAndStartsACafe() {
    String commune = "Aulnay-sous-Bois " + TestUsers.uniqueLetters(4);
    LocalDate today = TestDrives.today();
    LocalDate day = today.withDayOfYear(today.lengthOfYear());
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    Browser.logIn(driver, tasklist(), users.create("coord", PcpeGroups.COORDINATORS), TestUsers.PASSWORD,
        "Coordination PCPE");
    wait.until(elementToBeClickable(By.xpath("//summary[.='Pages du PCPE']"))).click();
    wait.until(elementToBeClickable(By.linkText("Plan des Cafés Contact Emploi"))).click();
    wait.until(textToBePresentInElementLocated(By.id("summary"), "objectif de"));

    driver.findElement(By.id("target")).clear();
    driver.findElement(By.id("target")).sendKeys("30");
    driver.findElement(By.xpath("//form[@id='target-form']//button")).click();
    wait.until(textToBePresentInElementLocated(By.id("status"), "Objectif enregistré."));
    assertThat(driver.findElement(By.id("summary")).getText()).contains("sur un objectif de 30");

    driver.findElement(By.id("commune")).sendKeys(commune);
    setDate(day.plusYears(1));
    driver.findElement(By.xpath("//form[@id='add-form']//button")).click();
    wait.until(textToBePresentInElementLocated(By.id("status"), "dans l'année " + today.getYear()));
    assertThat(driver.findElement(By.id("status")).getText()).doesNotContain("errors");

    setDate(day);
    driver.findElement(By.id("venue")).sendKeys("Maison de l'emploi");
    driver.findElement(By.id("coOrganisers")).sendKeys("Préfecture, Département");
    driver.findElement(By.xpath("//form[@id='add-form']//button")).click();
    wait.until(textToBePresentInElementLocated(By.id("status"), "Café ajouté au plan."));
    String row = "//tr[td[.='" + commune + "']]";
    assertThat(driver.findElement(By.xpath(row)).getText()).contains(FrenchDates.day(day), "Maison de l'emploi",
        "Préfecture, Département", "à lancer");
    assertThat(driver.findElement(By.id("commune")).getAttribute("value")).as("the form is ready for the next").isEmpty();
    Browser.screenshot(driver, getClass().getSimpleName() + "-planned");

    driver.findElement(By.xpath(row + "//button[.='Lancer']")).click();
    wait.until(textToBePresentInElementLocated(By.id("status"), "Café de " + commune + " lancé : CCE-"));
    assertThat(driver.findElement(By.xpath(row)).getText()).contains("lancé, en préparation (CCE-");
    assertThat(driver.findElements(By.xpath(row + "//button"))).isEmpty();
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("null", "undefined")
        .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    Browser.screenshot(driver, getClass().getSimpleName() + "-started");
    assertThat(Browser.accessibilityViolations(driver)).isEmpty();
  }

  private void setDate(LocalDate day) {
    driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("day")), day.toString());
  }
}
