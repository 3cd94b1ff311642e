package fr.pcpe.workflow.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.RawHttp;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The staff site around Tasklist: one layout naming the person, the navigation of their role, nothing to others. */
@IntegrationTest
class SitePagesTest {

  private static final List<String> PAGES = List.of("/suivis-en-retard", "/parcours", "/vivier", "/impact", "/reseau",
      "/projets-incubes", "/donnees-personnelles", "/courriels");

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestDrives drives;
  @LocalServerPort
  int port;

  private static ResponseEntity<String> get(TasklistSession session, String path) {
    return session.exchange(HttpMethod.GET, path, null);
  }

  @Test
  @DisplayName("sans connexion, aucune page n'est montrée : on est envoyé à la connexion de Tasklist")
  void nobodyLoggedInIsSentToTasklist() {
    for (String page : PAGES) {
      RawHttp.Reply answer = RawHttp.get(port, "127.0.0.1", page, Map.of());
      assertThat(answer.status()).as(page).isEqualTo(302);
      assertThat(answer.text()).as(page).containsPattern("(?i)Location: (http://localhost(:\\d+)?)?/camunda/app/tasklist/\r\n")
          .doesNotContain("<table", "<form");
    }
    assertThat(RawHttp.get(port, "127.0.0.1", "/reseau.html", Map.of()).text()).as("the former address")
        .containsPattern("(?i)Location: (http://localhost(:\\d+)?)?/reseau\r\n");
    assertThat(http.getForEntity("/site/navigation", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("la coordination : chaque page dans la même mise en page, son nom en tête, toute la navigation")
  void coordinatorsOpenEveryPage() {
    TasklistSession coordinator = TasklistSession.login(http, users.create("coord", PcpeGroups.COORDINATORS));
    for (String page : PAGES) {
      ResponseEntity<String> answer = get(coordinator, page);
      assertThat(answer.getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).as(page).contains("Camille Essai · coordination PCPE", "/css/site.css",
          "href=\"/camunda/app/tasklist/\"", "aria-current=\"page\"", ">Impact</a>", ">E-mails non envoyés</a>")
          .doesNotContain("th:", "#{", "${", "Courrier de la démo");
    }
    assertThat(get(coordinator, "/courrier-demo").getStatusCode()).as("the demo's inbox, outside the demo")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("une structure : ses pages (retards, parcours, vivier) ; l'impact et le réseau lui sont refusés")
  void aStructureSeesItsPagesOnly() {
    TestReferrals.TestStructure structure = fixtures.structure();
    TasklistSession referent = TasklistSession.login(http, structure.referent());

    ResponseEntity<String> late = get(referent, "/suivis-en-retard");
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(late.getBody()).contains(">Suivis en retard</a>", ">Parcours d&#39;un candidat</a>", ">Vivier de candidats</a>",
        ">Impact</a>", structure.structure().getName()).doesNotContain(">Le réseau</a>", ">E-mails non envoyés</a>");
    for (String page : List.of("/reseau", "/courriels", "/donnees-personnelles", "/projets-incubes")) {
      ResponseEntity<String> refused = get(referent, page);
      assertThat(refused.getStatusCode()).as(page).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("réservée à la coordination du PCPE").doesNotContain("<table", "<form");
    }
    assertThat(get(referent, "/site/navigation").getBody()).contains("Suivis en retard", "Impact")
        .doesNotContain("Le réseau");
  }

  @Test
  @DisplayName("un employeur n'a que ses tâches : les pages du réseau lui sont refusées")
  void anEmployerHasTasklistOnly() {
    String employerGroup = drives.find(drives.open(1).getBusinessKey()).getEmployer().getGroupId();
    TasklistSession employer = TasklistSession.login(http, users.create("emp", employerGroup));
    assertThat(get(employer, "/suivis-en-retard").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(employer, "/site/navigation").getBody()).contains("Mes tâches").doesNotContain("Suivis en retard");
  }
}
