package fr.pcpe.workflow.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.PcpeWorkflowApplication;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.Period;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import fr.pcpe.workflow.visit.VisitProcess.Vars;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
 * processes/visit/learning-visit.bpmn: planned with its invitations, replied to from the links within the places,
 * reminded two days before and recorded the morning after (the clock moved), counted in the impact figures.
 */
@IntegrationTest
class LearningVisitTest {

  private static final Pattern LINK = Pattern.compile("/visite\\.html#([A-Za-z0-9_-]+)");

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  VisitInvitationRepository invitations;
  @Autowired
  LearningVisits visits;
  @Autowired
  VisitFigures figures;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestUsers users;
  @Autowired
  TestRestTemplate http;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  private Mailbox mailbox;
  private String nadia;
  private String luc;
  private LocalDate day;

  @BeforeEach
  void guests() {
    BpmnAwareTests.init(processEngine);
    mailbox = new Mailbox(greenMail, dispatcher);
    nadia = "nadia.benali-" + TestUsers.uniqueLetters(5) + "@prefecture.example";
    luc = "luc.martin-" + TestUsers.uniqueLetters(5) + "@departement.example";
    day = TestDrives.today().plusDays(10);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Map<String, Object> plan(int places, boolean structures, String guests) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.THEME.name(), "Le recrutement sans CV d'une plateforme logistique");
    form.put(Vars.HOST.name(), "LogiNord, Gonesse");
    form.put(Vars.DAY.name(), day.toString());
    form.put(Vars.PLACES.name(), places);
    form.put(Vars.INVITE_STRUCTURES.name(), structures);
    form.put(Vars.GUESTS.name(), guests);
    return form;
  }

  private String linkOf(String email) {
    Matcher link = LINK.matcher(mailbox.deliveredTo(email).stream().reduce((a, b) -> b).orElseThrow().body());
    assertThat(link.find()).isTrue();
    return link.group(1);
  }

  private ResponseEntity<JsonNode> link(String token, HttpMethod method, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Link-Token", token);
    return http.exchange("/links/visit", method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  @Test
  @DisplayName("une visite prévue : invités par lien, une place pour deux, le rappel deux jours avant, la tâche du lendemain, les présents comptés")
  void aVisitFromInvitationToImpact() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(VisitProcess.KEY,
        plan(1, false, "Nadia Benali, " + nadia + "\n\nLuc Martin, " + luc));
    assertThat(instance.getBusinessKey()).matches("VIS-\\d{4}-\\d{3}");
    assertThat(instance).isWaitingAt(VisitProcess.TIMER_REMINDER);
    assertThat(mailbox.deliveredTo(nadia)).singleElement().satisfies(mail -> assertThat(mail.subject())
        .isEqualTo("Visite apprenante le " + FrenchDates.day(day) + " : Le recrutement sans CV d'une plateforme logistique"));
    String nadiaLink = linkOf(nadia);
    String lucLink = linkOf(luc);

    JsonNode opened = link(nadiaLink, HttpMethod.GET, null).getBody();
    assertThat(opened.path("name").asText()).isEqualTo("Nadia Benali");
    assertThat(opened.path("day").asText()).isEqualTo(FrenchDates.day(day));
    assertThat(opened.path("placesLeft").asInt()).isOne();
    assertThat(link(nadiaLink, HttpMethod.POST, Map.of("reply", "YES")).getBody().path("message").asText())
        .startsWith("Merci : vous êtes attendu(e)");
    ResponseEntity<JsonNode> full = link(lucLink, HttpMethod.POST, Map.of("reply", "YES"));
    assertThat(full.getStatusCode().value()).isEqualTo(409);
    assertThat(full.getBody().path("detail").asText()).contains("complète");
    assertThat(link(lucLink, HttpMethod.POST, Map.of("reply", "NO")).getStatusCode().value()).isEqualTo(200);
    assertThat(link(nadiaLink, HttpMethod.POST, Map.of("reply", "YES")).getStatusCode().value())
        .as("a place already taken stays hers").isEqualTo(200);

    Instant start = ClockUtil.now().toInstant();
    double reminder = daysTo(day.minusDays(2).atTime(9, 0), start);
    TestClock.daysAfter(start, reminder - 0.01, managementService, instance.getId());
    assertThat(instance).isWaitingAt(VisitProcess.TIMER_REMINDER);
    TestClock.daysAfter(start, reminder + 0.01, managementService, instance.getId());
    assertThat(mailbox.deliveredTo(nadia)).anyMatch(mail -> mail.subject().startsWith("Rappel : visite apprenante"));
    assertThat(mailbox.deliveredTo(luc)).noneMatch(mail -> mail.subject().startsWith("Rappel"));
    assertThat(instance).isWaitingAt(VisitProcess.TIMER_HELD);

    TestClock.daysAfter(start, daysTo(day.plusDays(1).atTime(8, 0), start) + 0.01, managementService, instance.getId());
    Task record = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(record.getName()).isEqualTo("Noter la visite apprenante — Le recrutement sans CV d'une plateforme "
        + "logistique, LogiNord, Gonesse");
    assertThat(taskService.createTaskQuery().taskId(record.getId()).taskCandidateGroup(PcpeGroups.COORDINATORS).count())
        .isOne();
    assertThat((String) taskService.getVariable(record.getId(), Vars.CONTEXT.name()))
        .contains("Avaient dit venir : Nadia Benali", "Ne venaient pas : Luc Martin");
    long nadiaId = invitations.findAll().stream().filter(invitation -> invitation.getEmail().equals(nadia)).findFirst()
        .orElseThrow().getId();
    assertThat(link(nadiaLink, HttpMethod.GET, null).getStatusCode().value()).as("the day has passed").isEqualTo(410);
    assertThatThrownBy(() -> taskService.complete(record.getId(), Map.of(Vars.ATTENDEE_IDS.name(), List.of(
        String.valueOf(nadiaId)), Vars.TAKEAWAYS.name(), " "))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("retiennent");
    Period period = new Period(day.withDayOfYear(1), day.plusDays(5), null, ZoneId.of(PcpeWorkflowApplication.ZONE));
    FigureTable before = figures.visits(period);
    taskService.complete(record.getId(), Map.of(Vars.ATTENDEE_IDS.name(), List.of(String.valueOf(nadiaId)),
        Vars.TAKEAWAYS.name(), "Un entretien de 20 minutes en situation remplace le CV : à proposer aux employeurs."));

    assertThat(instance).isEnded().hasPassed(VisitProcess.END_RECORDED);
    FigureTable after = figures.visits(period);
    assertThat(after.rows()).hasSize(before.rows().size() + 1);
    List<Object> total = after.rows().get(after.rows().size() - 1);
    List<Object> totalBefore = before.rows().get(before.rows().size() - 1);
    assertThat(((FigureTable.People) total.get(3)).count()).isEqualTo(((FigureTable.People) totalBefore.get(3)).count() + 2);
    assertThat(((FigureTable.People) total.get(5)).count()).isEqualTo(((FigureTable.People) totalBefore.get(5)).count() + 1);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    JsonNode listed = http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForObject("/api/visits", JsonNode.class);
    assertThat(listed.toString()).contains(instance.getBusinessKey());
  }

  private double daysTo(java.time.LocalDateTime at, Instant start) {
    return Duration.between(start, at.atZone(ZoneId.of(PcpeWorkflowApplication.ZONE)).toInstant()).toMinutes()
        / (24 * 60.0);
  }

  @Test
  @DisplayName("une visite sans invité, passée, ou avec un invité mal écrit : refusée, rien n'est créé ; les structures invitées d'un clic")
  void badPlansAreRefusedAndStructuresInvited() {
    long before = invitations.count();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(VisitProcess.KEY, plan(10, false, "")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("au moins un invité extérieur");
    Map<String, Object> past = plan(10, false, "Nadia Benali, " + nadia);
    past.put(Vars.DAY.name(), TestDrives.today().minusDays(1).toString());
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(VisitProcess.KEY, past))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("à venir");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(VisitProcess.KEY,
        plan(10, false, "Nadia Benali " + nadia))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Prénom Nom, adresse e-mail");
    assertThat(invitations.count()).isEqualTo(before);

    TestReferrals.TestStructure structure = fixtures.structure();
    runtimeService.startProcessInstanceByKey(VisitProcess.KEY, plan(30, true, null));
    assertThat(mailbox.deliveredTo(structure.structure().getEmail()))
        .anyMatch(mail -> mail.subject().startsWith("Visite apprenante le ") && mail.body().contains(
            "Bonjour " + structure.structure().getName()));
  }
}
