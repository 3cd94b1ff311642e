package fr.pcpe.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator, logged into the webapps, opens /impact in Chromium: the figures, the charts drawn, the tables. */
@IntegrationTest
class ImpactBrowserTest extends TasklistBrowserTest {

  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals referrals;
  @Autowired
  TestDrives drives;

  @Test
  @DisplayName("la coordination ouvre /impact : chiffres clés, graphiques dessinés, tableaux avec leur CSV")
  void coordinatorSeesTheChartsDrawn() {
    String drive = drives.open(10).getBusinessKey();
    TestReferrals.TestStructure structure = referrals.structure();
    for (int i = 0; i < 5; i++) {
      referrals.hired(drive, structure, "CDI");
    }
    driver = startBrowser();
    WebDriverWait wait = Browser.waitFor(driver);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    Browser.logIn(driver, tasklist(), coordinator, TestUsers.PASSWORD, "Coordination PCPE");

    driver.get("http://localhost:" + port + "/impact");

    wait.until(visibilityOfElementLocated(By.id("infographic")));
    for (String chart : new String[] {"funnelChart", "contractChart"}) {
      wait.until(d -> !d.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
    }
    // drawn, or saying why there is nothing to draw: never an empty frame or a grey disc
    wait.until(d -> !d.findElements(By.cssSelector("#outcomeChart canvas, #outcomeChart .chart-note")).isEmpty());
    String page = driver.findElement(By.tagName("body")).getText();
    assertThat(page).contains("L'impact du PCPE du 01/01/", "embauches", "candidats orientés",
        "Campagnes de recrutement : les orientations de la période, jusqu'à l'embauche", "Suivis après les Cafés Contact Emploi", "(CSV)",
        "Maintien dans l'emploi", "1 mois après l'embauche", "Satisfaction des employeurs, par campagne");
    assertThat(driver.findElements(By.cssSelector("#tables table"))).hasSize(12);
    Browser.screenshot(driver, getClass().getSimpleName() + "-page");
    driver.executeScript("arguments[0].scrollIntoView();", driver.findElement(By.xpath(
        "//*[contains(text(), 'Maintien dans l')]")));
    Browser.screenshot(driver, getClass().getSimpleName() + "-retention");
    org.openqa.selenium.print.PrintOptions a4 = new org.openqa.selenium.print.PrintOptions();
    a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
    String pdf = new String(java.util.Base64.getDecoder().decode(driver.print(a4).getContent()),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher pages = java.util.regex.Pattern.compile("/Count (\\d+)").matcher(pdf);
    assertThat(pages.find()).as("a PDF page tree").isTrue();
    assertThat(pages.group(1)).as("the infographic prints on one A4 page").isEqualTo("1");

    driver.manage().deleteAllCookies();
    driver.get("http://localhost:" + port + "/impact");
    wait.until(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
    assertThat(driver.findElements(By.id("infographic"))).as("nothing without a login: Tasklist's login").isEmpty();
  }
}
