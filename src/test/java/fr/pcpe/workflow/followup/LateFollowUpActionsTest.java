package fr.pcpe.workflow.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A late follow-up is never a dead end for the coordination: remind, hand to another referent, take over. */
@IntegrationTest
class LateFollowUpActionsTest {

  @Autowired
  FollowUpService followUps;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestUsers users;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TestRestTemplate http;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  private TestReferrals.TestStructure structure;
  private String colleague;
  private String coordinator;
  private FollowUp late;
  private Mailbox mailbox;

  @BeforeEach
  void aFollowUpLateEnoughForTheCoordinators() {
    structure = fixtures.structure();
    colleague = users.create("collegue", structure.structure().getGroupId());
    coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    mailbox = new Mailbox(greenMail, dispatcher);
    LocalDate eventDate = TestDrives.today();
    Instant eventStart = eventDate.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
    late = followUps.open(fixtures.candidate(structure).getId(), eventDate, structure.referent());
    TestClock.daysAfter(eventStart, 8, managementService, runtimeService, late.getReference());
    ClockUtil.reset();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ResponseEntity<String> post(String user, String action, String json) {
    return TestHttp.postJson(http, user, "/api/follow-ups/" + late.getReference() + action, json);
  }

  private Task step() {
    return taskService.createTaskQuery().processInstanceBusinessKey(late.getReference()).singleResult();
  }

  @Test
  @DisplayName("la liste des suivis en retard nomme le référent, jamais son identifiant")
  void theLateListNamesTheReferent() {
    String list = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForObject("/api/follow-ups/overdue?structure=" + structure.structure().getGroupId(), String.class);
    assertThat(list).contains(late.getReference(), "\"referent\":\"Camille Essai\"", "\"stepLabel\":\"rencontre\"",
        "\"levelLabel\":\"rappel au référent\"").doesNotContain(structure.referent());
  }

  @Test
  @DisplayName("la coordination relance le référent par e-mail, confie le suivi à une collègue, puis reprend l'étape")
  void theCoordinationRemindsHandsAndTakesOver() {
    assertThat(post(coordinator, "/reminder", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mailbox.deliveredTo(structure.referent() + "@test.example")).extracting(Mailbox.Mail::subject)
        .contains("Relance de la coordination : le suivi de Awa Diallo (" + late.getReference() + ")");

    String options = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForObject("/api/follow-ups/" + late.getReference() + "/referents", String.class);
    assertThat(options).contains(colleague).doesNotContain(structure.referent());
    assertThat(post(coordinator, "/referent", "{\"referentUserId\":\"" + colleague + "\"}").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(step().getAssignee()).isEqualTo(colleague);
    assertThat(followUps.find(late.getReference()).getReferentUserId()).isEqualTo(colleague);
    assertThat(mailbox.deliveredTo(colleague + "@test.example")).singleElement()
        .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Un suivi vous est confié : Awa Diallo (" + late.getReference() + ")"))
        .satisfies(mail -> assertThat(mail.body()).contains("Camille Essai, de la coordination du PCPE", "Rencontrer le candidat"));

    assertThat(post(coordinator, "/take-over", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(step().getAssignee()).isEqualTo(coordinator);
  }

  @Test
  @DisplayName("confier à une personne d'une autre structure, ou agir sans être de la coordination : refusé, rien ne change")
  void badHandsAndOutsidersChangeNothing() {
    String stranger = fixtures.structure().referent();
    ResponseEntity<String> foreign = post(coordinator, "/referent", "{\"referentUserId\":\"" + stranger + "\"}");
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(foreign.getBody()).contains("referentUserId", "autre référent de la structure");
    for (String action : new String[] {"/reminder", "/take-over"}) {
      assertThat(post(structure.referent(), action, "{}").getStatusCode()).as(action).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(post(structure.referent(), "/referent", "{\"referentUserId\":\"" + colleague + "\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(step().getAssignee()).isEqualTo(structure.referent());
    assertThat(followUps.find(late.getReference()).getReferentUserId()).isEqualTo(structure.referent());
  }
}
