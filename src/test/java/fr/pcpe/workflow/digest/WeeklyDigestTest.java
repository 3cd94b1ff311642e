package fr.pcpe.workflow.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.digest.DigestProcesses.Vars;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** processes/digest/weekly-digest.bpmn: the Monday timer, the review, the publication, the archive, unsubscribing. */
@IntegrationTest
class WeeklyDigestTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Pattern UNSUBSCRIBE = Pattern.compile("/desabonnement\\.html#([A-Za-z0-9_-]+)");

  @Autowired
  DigestService digests;
  @Autowired
  TestUsers users;
  @Autowired
  TestDrives drives;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  org.camunda.bpm.engine.HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TestRestTemplate http;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Instant paris(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
  }

  private Job mondayTimer() {
    return managementService.createJobQuery().processDefinitionKey(DigestProcesses.KEY).timers().singleResult();
  }

  @Test
  @DisplayName("le minuteur part chaque lundi à 8 h, heure de Paris, de part et d'autre du passage à l'heure d'été")
  void mondayAtEightInParisAcrossDaylightSaving() {
    Instant due = mondayTimer().getDuedate().toInstant();
    assertThat(due.atZone(PARIS).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThat(due.atZone(PARIS).toLocalTime()).isEqualTo(java.time.LocalTime.of(8, 0));

    ClockUtil.setCurrentTime(Date.from(paris("2027-03-15T08:00:30")));
    managementService.executeJob(mondayTimer().getId());
    assertThat(mondayTimer().getDuedate().toInstant()).as("winter: 08:00 in Paris is 07:00 UTC")
        .isEqualTo(Instant.parse("2027-03-22T07:00:00Z"));

    ClockUtil.setCurrentTime(Date.from(paris("2027-03-22T08:00:30")));
    managementService.executeJob(mondayTimer().getId());
    assertThat(mondayTimer().getDuedate().toInstant()).as("summer time since 28 March: 06:00 UTC")
        .isEqualTo(Instant.parse("2027-03-29T06:00:00Z"));
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DigestProcesses.KEY)
        .processInstanceBusinessKey("2027-12").count()).as("each Monday's instance is named by its week").isOne();
  }

  @Test
  @DisplayName("une semaine sans aucune offre ouverte : rien n'est envoyé, et la coordination en est prévenue")
  void aWeekWithoutOffersSendsNothing() {
    ClockUtil.setCurrentTime(Date.from(paris("2040-01-02T08:00:30")));
    ProcessInstance week = runtimeService.startProcessInstanceByKey(DigestProcesses.KEY);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(week.getId()).count()).isZero();
    assertThat(new Mailbox(greenMail, dispatcher).deliveredTo("coordination@pcpe93.example"))
        .filteredOn(mail -> mail.subject().equals("Pas d'hebdo du PCPE cette semaine (semaine 1 de 2040)")).hasSize(1);
    assertThat(digests.find("2040-01").getStatus()).isEqualTo(Digest.Status.EMPTY);
  }

  @Test
  @DisplayName("une offre enregistrée, relue, publiée : archivée, envoyée une fois à chacun, désabonnement en un clic")
  void reviewPublishArchiveUnsubscribe() {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    String reader = users.create("lecteur", drives.mobilizableStructure().getGroupId());
    String closing = TestDrives.today().plusDays(20).toString();
    String offer = "{\"title\":\"Agent d'entretien\",\"employerName\":\"Régie de quartier de Bondy\",\"romeCode\":\"k2204\","
        + "\"contractType\":\"CDD\",\"commune\":\"Bondy\",\"closingDate\":\"" + closing + "\"}";
    assertThat(TestHttp.postJson(http, reader, "/api/offers", offer).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badRome = TestHttp.postJson(http, coordinator, "/api/offers", offer.replace("k2204", "2204K"));
    assertThat(badRome.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badRome.getBody()).contains("code ROME");
    assertThat(TestHttp.postJson(http, coordinator, "/api/offers", offer.replace(closing, "2020-01-01")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(TestHttp.postJson(http, coordinator, "/api/offers", offer).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String drive = drives.open(5).getBusinessKey();

    ProcessInstance instance = runtimeService.startProcessInstanceByKey(DigestProcesses.KEY);
    String week = digests.currentWeek();
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(review.getName()).isEqualTo("Relire et publier l'hebdo — " + digests.weekLabel(week));
    List<Digest.Item> gathered = digests.find(week).getItems();
    long posted = indexOf(gathered, "Agent d'entretien");
    long fromDrive = gathered.stream().filter(item -> item.getSource().equals(drive)).findFirst().map(gathered::indexOf)
        .orElseThrow();
    assertThat(taskService.getVariable(review.getId(), Vars.ITEM_OPTIONS.name()).toString())
        .contains("Agent d'entretien — Régie de quartier de Bondy (Bondy, CDD)");

    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(Vars.KEPT_OFFERS.name(), "[\"" + posted + "\"]",
        Vars.FIRST_OFFER.name(), String.valueOf(fromDrive)))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("en tête");
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(Vars.KEPT_OFFERS.name(), "[]")))
        .isInstanceOf(FormFieldValidationException.class);
    taskService.complete(review.getId(), Map.of(Vars.KEPT_OFFERS.name(), "[\"" + posted + "\",\"" + fromDrive + "\"]",
        Vars.FIRST_OFFER.name(), String.valueOf(fromDrive), Vars.INTRODUCTION.name(), "Bonne semaine à toutes et à tous !"));
    assertThat(digests.find(week).getStatus()).as("published by its job, after the review").isEqualTo(Digest.Status.DRAFT);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());

    Mailbox mailbox = new Mailbox(greenMail, dispatcher);
    List<Mailbox.Mail> received = mailbox.deliveredTo(reader + "@test.example");
    assertThat(received).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("L'hebdo du PCPE — " + digests.weekLabel(week));
      assertThat(mail.body()).contains("Bonjour Camille", "Bonne semaine à toutes et à tous !",
          "Agent d'entretien — Régie de quartier de Bondy (Bondy, CDD)", "/hebdo/" + week);
      assertThat(mail.body().indexOf("Préparateur de commandes"))
          .as("the offer put first comes first").isLessThan(mail.body().indexOf("Agent d'entretien"));
    });

    assertThat(digests.publish(week)).as("publishing again (a restart mid-publication) sends nothing more").isZero();
    ProcessInstance again = runtimeService.startProcessInstanceByKey(DigestProcesses.KEY);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(again.getId())
        .activityId("endEvent_alreadyPublished").count()).as("the week's digest is out: a second start ends there")
        .isOne();
    assertThat(taskService.createTaskQuery().processInstanceId(again.getId()).count()).isZero();
    assertThat(mailbox.deliveredTo(reader + "@test.example")).hasSize(1);

    JsonNode archive = http.withBasicAuth(reader, TestUsers.PASSWORD).getForObject("/api/digests/" + week, JsonNode.class);
    assertThat(archive.path("introduction").asText()).isEqualTo("Bonne semaine à toutes et à tous !");
    assertThat(archive.path("offers")).hasSize(2);
    assertThat(archive.path("offers").get(1).path("title").asText()).isEqualTo("Agent d'entretien");
    assertThat(http.getForEntity("/api/digests/" + week, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(reader, TestUsers.PASSWORD).getForEntity("/api/digests/1999-01", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/hebdo/" + week, String.class).getBody()).contains("L'hebdo du PCPE", "hebdo.js");

    Matcher link = UNSUBSCRIBE.matcher(received.get(0).body());
    assertThat(link.find()).isTrue();
    assertThat(unsubscribe(link.group(1)).getBody()).contains("vous ne recevrez plus");
    assertThat(unsubscribe(link.group(1)).getStatusCode()).as("a second click is no error").isEqualTo(HttpStatus.OK);
    assertThat(unsubscribe("x".repeat(43)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    digests.gather("2099-01");
    digests.publish("2099-01");
    assertThat(mailbox.deliveredTo(reader + "@test.example")).as("unsubscribed: no more hebdo").hasSize(1);
    assertThat(mailbox.deliveredTo(coordinator + "@test.example")).filteredOn(mail -> mail.subject().contains("2099"))
        .hasSize(1);
  }

  private static long indexOf(List<Digest.Item> items, String title) {
    return items.stream().filter(item -> item.getTitle().equals(title)).findFirst().map(items::indexOf).orElseThrow();
  }

  private ResponseEntity<String> unsubscribe(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Link-Token", token);
    return http.exchange("/links/unsubscribe", HttpMethod.POST, new HttpEntity<>(headers), String.class);
  }

  @Test
  @DisplayName("la coordination enregistre une offre pour l'hebdo depuis Tasklist ; une offre mal remplie est refusée en français")
  void offerFromTasklist() {
    fr.pcpe.workflow.TasklistSession coordinator = fr.pcpe.workflow.TasklistSession.login(http,
        users.create("coord", PcpeGroups.COORDINATORS));
    String path = "/process-definition/key/" + DigestProcesses.POST_OFFER_KEY + "/submit-form";
    String form = """
        {"variables": {"title": {"value": "Cariste"}, "employerName": {"value": "Entrepôts de Tremblay"},
         "romeCode": {"value": "%s"}, "contractType": {"value": "INTERIM"}, "commune": {"value": "Tremblay-en-France"},
         "closingDate": {"value": "%s"}}}""";

    ResponseEntity<String> refused = coordinator.post(path, form.formatted("N11", TestDrives.today().plusDays(5)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Formulaire refusé : Le code ROME est une lettre suivie de quatre chiffres");
    ResponseEntity<String> recorded = coordinator.post(path, form.formatted("N1101", TestDrives.today().plusDays(5)));
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(recorded.getBody()).contains("OFFRE-");
    assertThat(fr.pcpe.workflow.TasklistSession.login(http, users.create("ref", drives.mobilizableStructure().getGroupId()))
        .post(path, form.formatted("N1101", TestDrives.today().plusDays(5))).getStatusCode().value()).isIn(403, 404);
  }
}
