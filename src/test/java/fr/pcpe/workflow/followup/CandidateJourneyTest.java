package fr.pcpe.workflow.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUpEnums.Outcome;
import fr.pcpe.workflow.followup.FollowUpEnums.Status;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.Referral;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.ReferralStatus;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One journey per candidate: what happens to one of their processes closes the loops of the others. */
@IntegrationTest
class CandidateJourneyTest {

  @Autowired
  FollowUpService followUps;
  @Autowired
  ReferralService referrals;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestDrives drives;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;

  private TestReferrals.TestStructure structure;
  private Candidate candidate;
  private final String lastName = "Diallo" + TestUsers.uniqueLetters(6);
  private Caller referent;
  private Mailbox mailbox;

  @BeforeEach
  void aCandidateOfAStructure() {
    structure = fixtures.structure();
    candidate = fixtures.candidate(structure, lastName);
    referent = new Caller(structure.referent(), fixtures.groupsOf(structure));
    mailbox = new Mailbox(greenMail, dispatcher);
  }

  private Referral refer() {
    return referrals.refer(drives.open(5).getBusinessKey(), candidate.getId(), "Motivée", referent);
  }

  private void complete(Referral referral, Map<String, Object> form) {
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(referral.getReference()).singleResult().getId();
    taskService.complete(taskId, form);
  }

  private void hire(Referral referral) {
    complete(referral, Map.of(ReferralProcess.Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    complete(referral, Map.of(ReferralProcess.Vars.INTERVIEW_DECISION.name(), "INTERVIEW",
        ReferralProcess.Vars.INTERVIEW_DATE.name(), TestDrives.today().plusDays(2).toString()));
    fixtures.interviewHeld(referral.getReference());
    Map<String, Object> hired = new HashMap<>();
    hired.put(ReferralProcess.Vars.HIRE_DECISION.name(), "HIRED");
    hired.put(ReferralProcess.Vars.CONTRACT_TYPE.name(), "CDI");
    hired.put(ReferralProcess.Vars.HIRE_START_DATE.name(), TestDrives.today().plusDays(10).toString());
    hired.put(ReferralProcess.Vars.WEEKLY_HOURS.name(), 35L);
    complete(referral, hired);
  }

  private String employerEmail(Referral referral) {
    return drives.find(referral.getDrive().getReference()).getEmployer().getContactEmail();
  }

  private boolean running(String businessKey, String processKey) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(processKey).count() > 0;
  }

  @Test
  @DisplayName("une embauche confirmée clôt les suivis ouverts (issue : emploi) et retire les autres orientations, "
      + "chaque structure et employeur prévenus")
  void hireClosesTheCandidatesOtherLoops() {
    FollowUp followUp = followUps.open(candidate.getId(), TestDrives.today(), structure.referent());
    Referral hiredHere = refer();
    Referral sentElsewhere = refer();
    Referral waitingElsewhere = refer();
    complete(sentElsewhere, Map.of(ReferralProcess.Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    String otherEmployer = employerEmail(sentElsewhere);

    hire(hiredHere);

    assertThat(referrals.find(hiredHere.getReference()).getStatus()).isEqualTo(ReferralStatus.HIRED);
    FollowUp closed = followUps.find(followUp.getReference());
    assertThat(closed.getStatus()).isEqualTo(Status.CLOSED);
    assertThat(closed.getOutcome()).isEqualTo(Outcome.JOB);
    assertThat(closed.getOutcomeComment()).contains(hiredHere.getDrive().getReference());
    assertThat(running(followUp.getReference(), FollowUpProcess.KEY)).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(followUp.getReference()).count())
        .as("nor its alerts").isZero();

    for (Referral other : new Referral[] {sentElsewhere, waitingElsewhere}) {
      assertThat(referrals.find(other.getReference()).getStatus()).isEqualTo(ReferralStatus.WITHDRAWN);
      assertThat(running(other.getReference(), ReferralProcess.KEY)).isFalse();
    }
    assertThat(mailbox.deliveredTo(structure.structure().getEmail()))
        .filteredOn(mail -> mail.subject().endsWith("Candidature retirée")).hasSize(2)
        .allSatisfy(mail -> assertThat(mail.body()).contains(hiredHere.getDrive().getReference()));
    assertThat(mailbox.deliveredTo(otherEmployer)).filteredOn(mail -> mail.subject().contains("retirée"))
        .singleElement().satisfies(mail -> assertThat(mail.body()).contains("Awa Diallo"));
    assertThat(mailbox.deliveredTo(employerEmail(waitingElsewhere)))
        .as("an employer that never had the candidate hears nothing").noneMatch(mail -> mail.subject().contains("retirée"));
  }

  @Test
  @DisplayName("la chronologie du candidat, en français et dans l'ordre, pour le PCPE et sa structure seulement")
  void timelineForStaffAndTheCandidatesStructureOnly() {
    FollowUp followUp = followUps.open(candidate.getId(), TestDrives.today(), structure.referent());
    Referral hiredHere = refer();
    Referral other = refer();
    hire(hiredHere);
    String path = "/api/candidates/" + candidate.getId() + "/timeline";

    ResponseEntity<JsonNode> own = http.withBasicAuth(structure.referent(), TestUsers.PASSWORD).getForEntity(path, JsonNode.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody().path("candidate").asText()).isEqualTo("Awa " + lastName);
    List<String> labels = new ArrayList<>();
    own.getBody().path("entries").forEach(entry -> labels.add(entry.path("label").asText()));
    assertThat(labels).contains("Café Contact Emploi : suivi ouvert par " + structure.structure().getName(),
        "Suivi clos : emploi");
    assertThat(labels).anyMatch(label -> label.startsWith("Orientation vers la campagne " + other.getDrive().getReference())
        && label.endsWith(" : Candidature retirée"));
    assertThat(labels).anyMatch(label -> label.startsWith("Embauche sur la campagne " + hiredHere.getDrive().getReference()));
    List<String> dates = new ArrayList<>();
    own.getBody().path("entries").forEach(entry -> dates.add(entry.path("date").asText()));
    assertThat(dates).isSorted();

    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String stranger = fixtures.structure().referent();
    ResponseEntity<String> foreign = http.withBasicAuth(stranger, TestUsers.PASSWORD).getForEntity(path, String.class);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(foreign.getBody()).doesNotContain("Diallo");

    // finding the candidate by name: the structure and the PCPE find them, another structure does not
    String search = "/api/candidates?name=awa " + lastName.toLowerCase();
    assertThat(http.withBasicAuth(structure.referent(), TestUsers.PASSWORD).getForObject(search, String.class))
        .contains("\"id\":" + candidate.getId() + ",");
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForObject(search, String.class))
        .contains("\"id\":" + candidate.getId() + ",");
    assertThat(http.withBasicAuth(stranger, TestUsers.PASSWORD).getForObject(search, String.class))
        .doesNotContain("\"id\":" + candidate.getId() + ",");
    // among namesakes, the most recently registered comes first: the person just met is not lost among older ones
    long newest = fixtures.candidate(structure).getId();
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForObject("/api/candidates?name=awa diallo",
        JsonNode.class).get(0).path("id").asLong()).isEqualTo(newest);
    assertThat(http.withBasicAuth(stranger, TestUsers.PASSWORD).getForEntity("/api/candidates?name=a", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
