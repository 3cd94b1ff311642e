package fr.pcpe.workflow.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Step;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.TestReferrals;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/followup/reconnection-meeting.bpmn: late follow-ups invited at once, moved on by who came. */
@IntegrationTest
class ReconnectionMeetingTest {

  @Autowired
  FollowUpService followUps;
  @Autowired
  ReconnectionService meetings;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  fr.pcpe.workflow.candidate.CandidateRepository candidates;
  @Autowired
  MailDispatcher dispatcher;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private FollowUp lateFollowUp(TestReferrals.TestStructure structure, LocalDate eventDate, double daysLate) {
    FollowUp followUp = followUps.open(fixtures.candidate(structure).getId(), eventDate, structure.referent());
    TestClock.daysAfter(eventDate.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), daysLate, managementService,
        runtimeService, followUp.getReference());
    return followUp;
  }

  private Long invitationOf(ReconnectionMeeting meeting, FollowUp followUp) {
    return meeting.getInvitations().stream()
        .filter(invitation -> invitation.getFollowUp().getReference().equals(followUp.getReference()))
        .findFirst().orElseThrow().getId();
  }

  @Test
  @DisplayName("les suivis en retard sont invités en une fois ; qui vient fait avancer son suivi")
  void lateFollowUpsMeetTheirReferents() {
    TestReferrals.TestStructure structure = fixtures.structure();
    LocalDate eventDate = TestDrives.today();
    FollowUp cameBack = lateFollowUp(structure, eventDate, 30.1);
    FollowUp stayedAway = lateFollowUp(structure, eventDate, 30.1);
    FollowUp onlyReminded = lateFollowUp(structure, eventDate, 7.1);
    assertThat(followUps.find(onlyReminded.getReference()).getEscalationLevel()).isEqualTo(Level.REMINDER);
    LocalDate meetingDay = LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneId.of("Europe/Paris"));
    String candidateEmail = "reconnexion." + System.nanoTime() + "@test.example";
    candidates.save(candidates.findById(cameBack.getCandidate().getId()).orElseThrow()
        .contact(candidateEmail, null, "Bondy").contactConsent(java.time.Instant.now()));

    ProcessInstance meeting = runtimeService.startProcessInstanceByKey("reconnectionMeeting", Map.of(
        ReconnectionProcess.Vars.MEETING_DATE.name(), meetingDay.toString(), ReconnectionProcess.Vars.VENUE.name(), "Maison de l'emploi",
        ReconnectionProcess.Vars.MINIMUM_LEVEL.name(), "COORDINATORS"));

    ReconnectionMeeting planned = meetings.find(meeting.getBusinessKey());
    assertThat(planned.getInvitations()).extracting(invitation -> invitation.getFollowUp().getReference())
        .contains(cameBack.getReference(), stayedAway.getReference()).doesNotContain(onlyReminded.getReference());
    assertThat(new Mailbox(greenMail, dispatcher).deliveredTo(structure.referent() + "@test.example"))
        .filteredOn(mail -> mail.subject().startsWith("Réunion de reconnexion")).hasSize(2);
    assertThat(new Mailbox(greenMail, dispatcher).deliveredTo(candidateEmail)).as("the candidate who agreed is told too")
        .singleElement().satisfies(mail -> assertThat(mail.body()).contains("Maison de l'emploi", "/contact.html#"));

    taskService.complete(taskService.createTaskQuery().processInstanceId(meeting.getId()).singleResult().getId(),
        Map.of(ReconnectionProcess.Vars.PRESENT.name(), "[\"" + invitationOf(planned, cameBack) + "\"]"));

    assertThat(followUps.find(cameBack.getReference()).getCurrentStep()).isEqualTo(Step.PROPOSE);
    assertThat(followUps.find(cameBack.getReference()).getMetAt()).isEqualTo(meetingDay);
    assertThat(followUps.find(stayedAway.getReference()).getCurrentStep()).isEqualTo(Step.MEET);
    assertThat(followUps.find(stayedAway.getReference()).getEscalationLevel()).isEqualTo(Level.COORDINATORS);
  }

  @Test
  @DisplayName("une réunion datée du passé est refusée ; rien n'est créé")
  void pastMeetingIsRefused() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("reconnectionMeeting").count();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("reconnectionMeeting", Map.of(
        ReconnectionProcess.Vars.MEETING_DATE.name(), TestDrives.today().minusDays(1).toString(),
        ReconnectionProcess.Vars.VENUE.name(), "Mairie", ReconnectionProcess.Vars.MINIMUM_LEVEL.name(), "REMINDER")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("date de la réunion");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("reconnectionMeeting").count())
        .isEqualTo(before);
  }

  @Test
  @DisplayName("une réunion pour une seule structure n'invite que ses suivis en retard")
  void meetingForOneStructure() {
    TestReferrals.TestStructure mine = fixtures.structure();
    TestReferrals.TestStructure other = fixtures.structure();
    LocalDate eventDate = TestDrives.today();
    FollowUp ours = lateFollowUp(mine, eventDate, 15.1);
    lateFollowUp(other, eventDate, 15.1);

    ProcessInstance meeting = runtimeService.startProcessInstanceByKey("reconnectionMeeting", Map.of(
        ReconnectionProcess.Vars.MEETING_DATE.name(), LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneId.of("Europe/Paris"))
            .toString(), ReconnectionProcess.Vars.VENUE.name(), "Bondy", ReconnectionProcess.Vars.MINIMUM_LEVEL.name(), "HEAD",
        ReconnectionProcess.Vars.STRUCTURE.name(), mine.structure().getGroupId()));

    assertThat(meetings.find(meeting.getBusinessKey()).getInvitations())
        .extracting(invitation -> invitation.getFollowUp().getReference()).containsExactly(ours.getReference());
  }
}
