package fr.pcpe.workflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
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
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The services directory: a structure writes its page, the network searches it, nobody writes another structure's,
 * bad pages are refused whole, a page left six months is reminded with a link (the clock moved), the export.
 */
@IntegrationTest
class DirectoryTest {

  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestUsers users;
  @Autowired
  TestDrives drives;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ManagementService managementService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  private TestReferrals.TestStructure structure;
  private String commune;

  @BeforeEach
  void aStructure() {
    structure = fixtures.structure();
    commune = "Villetaneuse-" + TestUsers.uniqueLetters(6);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Map<String, Object> page(String serviceName) {
    Map<String, Object> page = new HashMap<>();
    page.put("serviceName", serviceName);
    page.put("description", "Accompagnement renforcé vers l'emploi des allocataires du RSA : diagnostic, "
        + "ateliers CV et entretiens, mises en relation avec les employeurs du territoire.");
    page.put("themes", List.of("TROUVER_UN_EMPLOI", "PREPARER_SA_CANDIDATURE"));
    page.put("audiences", List.of("BENEFICIAIRES_DES_MINIMAS_SOCIAUX", "DEMANDEURS_EMPLOI"));
    page.put("communes", List.of(commune, "Saint-Denis"));
    page.put("howToRefer", "Fiche de liaison par e-mail au référent, réponse sous 48 heures.");
    page.put("contactName", "Samia Benali");
    page.put("contactEmail", "samia.benali@rebond.example");
    page.put("contactPhone", "01 48 00 00 00");
    return page;
  }

  private ResponseEntity<JsonNode> save(String user, Map<String, Object> page) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).exchange("/api/directory/mine", HttpMethod.PUT,
        new HttpEntity<>(page), JsonNode.class);
  }

  private ResponseEntity<JsonNode> search(String user, String query) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForEntity("/api/directory?" + query, JsonNode.class);
  }

  @Test
  @DisplayName("une structure écrit sa page ; le réseau la trouve par commune (accents et casse ignorés), public et thème ; un employeur non")
  void aStructureWritesItsPageAndTheNetworkFindsIt() {
    assertThat(save(structure.referent(), page("Accompagnement vers l'emploi")).getStatusCode().value()).isEqualTo(200);
    TestReferrals.TestStructure other = fixtures.structure();

    JsonNode found = search(other.referent(), "commune=" + commune.toUpperCase().replace('-', ' ')).getBody();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path("structureName").asText()).isEqualTo(structure.structure().getName());
    assertThat(found.get(0).path("themes").toString()).contains("Trouver un emploi").doesNotContain("TROUVER_UN_EMPLOI");
    assertThat(found.get(0).path("audiences").toString()).contains("Bénéficiaires des minima sociaux");
    assertThat(found.get(0).path("updatedOn").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
    assertThat(search(other.referent(), "commune=" + commune + "&audience=SENIORS").getBody()).isEmpty();
    assertThat(search(other.referent(), "commune=" + commune + "&theme=MOBILITE").getBody()).isEmpty();
    assertThat(search(other.referent(), "commune=" + commune + "&audience=DEMANDEURS_EMPLOI&theme=TROUVER_UN_EMPLOI")
        .getBody()).hasSize(1);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    assertThat(search(coordinator, "commune=" + commune).getBody()).hasSize(1);
    String employer = users.create("emp", drives.find(drives.open(1).getBusinessKey()).getEmployer().getGroupId());
    assertThat(search(employer, "commune=" + commune).getStatusCode().value()).isEqualTo(403);

    JsonNode theirs = http.withBasicAuth(other.referent(), TestUsers.PASSWORD).getForObject("/api/directory/mine",
        JsonNode.class);
    assertThat(theirs.path("structureName").asText()).isEqualTo(other.structure().getName());
    assertThat(theirs.path("entry").isNull()).as("another structure's page is not theirs to write").isTrue();
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForEntity("/api/directory/mine", JsonNode.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  @DisplayName("une page incomplète est refusée champ par champ, en français, et l'ancienne reste")
  void aBadPageIsRefusedWhole() {
    save(structure.referent(), page("Accompagnement vers l'emploi"));
    Map<String, Object> bad = page("Ateliers.");
    bad.put("description", "Trop court.");
    bad.put("themes", List.of());
    bad.put("contactEmail", "pas-une-adresse");
    bad.put("contactPhone", "<script>");

    ResponseEntity<JsonNode> refused = save(structure.referent(), bad);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(refused.getBody().path("title").asText()).isEqualTo("Demande refusée");
    assertThat(refused.getBody().path("detail").asText()).contains("sans point final", "au moins un thème", "chiffres");
    JsonNode errors = refused.getBody().path("errors");
    assertThat(errors.path("serviceName").asText()).contains("sans point final");
    assertThat(errors.path("description").asText()).contains("50 à 2 000 caractères");
    assertThat(errors.path("themes").asText()).contains("au moins un thème");
    assertThat(errors.path("contactEmail").asText()).contains("adresse e-mail");
    assertThat(errors.path("contactPhone").asText()).contains("chiffres");
    assertThat(http.withBasicAuth(structure.referent(), TestUsers.PASSWORD).getForObject("/api/directory/mine",
        JsonNode.class).path("entry").path("serviceName").asText()).isEqualTo("Accompagnement vers l'emploi");
    Map<String, Object> unknownTheme = page("Ateliers");
    unknownTheme.put("themes", List.of("JARDINAGE"));
    assertThat(save(structure.referent(), unknownTheme).getStatusCode().value()).isEqualTo(400);
  }

  @Test
  @DisplayName("une page laissée six mois : sa structure reçoit un lien, met sa page à jour sans compte, une fois ; pas de second rappel le mois suivant")
  void aStalePageIsRemindedWithALink() {
    save(structure.referent(), page("Accompagnement vers l'emploi"));
    Instant start = ClockUtil.now().toInstant();
    Mailbox mailbox = new Mailbox(greenMail, dispatcher);
    String email = structure.structure().getEmail();

    runTheWeeklyReminder(start.plus(Duration.ofDays(150)));
    assertThat(mailbox.deliveredTo(email)).noneMatch(mail -> mail.subject().contains("annuaire des services"));
    runTheWeeklyReminder(start.plus(Duration.ofDays(186)));

    Mailbox.Mail reminder = mailbox.deliveredTo(email).stream()
        .filter(mail -> mail.subject().contains("annuaire des services")).reduce((a, b) -> b).orElseThrow();
    assertThat(reminder.body()).contains(structure.structure().getName(), "Accompagnement vers l'emploi");
    Matcher link = Pattern.compile("/annuaire-structure\\.html#([A-Za-z0-9_-]+)").matcher(reminder.body());
    assertThat(link.find()).isTrue();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Link-Token", link.group(1));
    JsonNode opened = http.exchange("/links/directory", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class).getBody();
    assertThat(opened.path("entry").path("contactName").asText()).isEqualTo("Samia Benali");
    Map<String, Object> updated = page("Accompagnement vers l'emploi et la formation");
    assertThat(http.exchange("/links/directory", HttpMethod.POST, new HttpEntity<>(updated, headers), JsonNode.class)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(http.exchange("/links/directory", HttpMethod.POST, new HttpEntity<>(updated, headers), JsonNode.class)
        .getStatusCode().value()).as("the link is used once").isEqualTo(410);
    assertThat(search(structure.referent(), "commune=" + commune).getBody().get(0).path("serviceName").asText())
        .isEqualTo("Accompagnement vers l'emploi et la formation");

    long reminders = mailbox.deliveredTo(email).stream().filter(mail -> mail.subject().contains("annuaire des services"))
        .count();
    runTheWeeklyReminder(start.plus(Duration.ofDays(200)));
    assertThat(mailbox.deliveredTo(email).stream().filter(mail -> mail.subject().contains("annuaire des services"))
        .count()).as("updated: not reminded").isEqualTo(reminders);
  }

  /** Moves the clock, then runs the weekly timer as the job executor would. */
  private void runTheWeeklyReminder(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
    Job weekly = managementService.createJobQuery().processDefinitionKey("directoryFreshness").timers().singleResult();
    managementService.executeJob(weekly.getId());
  }

  @Test
  @DisplayName("l'export au schéma data·inclusion : structures et services, codes du référentiel ; réservé à la coordination")
  void theCoordinationExportsTheDirectory() {
    save(structure.referent(), page("Accompagnement vers l'emploi"));
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);

    JsonNode export = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForObject("/api/directory/data-inclusion.json", JsonNode.class);

    JsonNode service = null;
    for (JsonNode candidate : export.path("services")) {
      if (candidate.path("structure_id").asText().equals(structure.structure().getGroupId())) {
        service = candidate;
      }
    }
    assertThat(service).isNotNull();
    assertThat(service.path("source").asText()).isEqualTo("pcpe-93");
    assertThat(service.path("thematiques").toString()).contains("trouver-un-emploi", "preparer-sa-candidature");
    assertThat(service.path("publics").toString()).contains("beneficiaires-des-minimas-sociaux", "demandeurs-emploi");
    assertThat(service.path("date_maj").asText()).isEqualTo(TestDrives.today().toString());
    assertThat(export.path("structures").toString()).contains(structure.structure().getName());
    assertThat(http.withBasicAuth(structure.referent(), TestUsers.PASSWORD)
        .getForEntity("/api/directory/data-inclusion.json", String.class).getStatusCode().value()).isEqualTo(403);
  }
}
