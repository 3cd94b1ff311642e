package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.system.security.PersonNames;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.candidate.CandidateMessenger;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.ReferenceNumbers;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Step;
import fr.pcpe.workflow.mail.MailService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconnection meetings: late follow-ups invited, with their referents, to one meeting; whoever came
 * is back in touch, and a follow-up still waiting for its first meeting counts this one.
 */
@Service
public class ReconnectionService {

  private final ReconnectionMeetingRepository meetings;
  private final FollowUpService followUps;
  private final FollowUpRepository followUpRecords;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final MailService mails;
  private final CandidateMessenger messenger;
  private final Messages messages;
  private final ReferenceNumbers referenceNumbers;
  private final Clock clock;

  ReconnectionService(ReconnectionMeetingRepository meetings, FollowUpService followUps,
      FollowUpRepository followUpRecords, TaskService taskService, IdentityService identityService, MailService mails,
      CandidateMessenger messenger, Messages messages, ReferenceNumbers referenceNumbers, Clock clock) {
    this.meetings = meetings;
    this.followUps = followUps;
    this.followUpRecords = followUpRecords;
    this.taskService = taskService;
    this.identityService = identityService;
    this.mails = mails;
    this.messenger = messenger;
    this.messages = messages;
    this.referenceNumbers = referenceNumbers;
    this.clock = clock;
  }

  /** The late follow-ups a meeting would invite: at this level or above, of this structure if given. */
  @Transactional(readOnly = true)
  public List<FollowUp> candidatesFor(Level minimumLevel, String structureGroupId) {
    return followUps.overdue(minimumLevel, structureGroupId);
  }

  /** Invites every late follow-up that matches, with its referent and structure, in one action. */
  @Transactional
  public ReconnectionMeeting plan(LocalDate date, String venue, Level minimumLevel, String structureGroupId) {
    ReconnectionMeeting meeting = meetings.saveAndFlush(
        referenceNumbers.number(new ReconnectionMeeting(date, venue, clock.instant())));
    for (FollowUp followUp : candidatesFor(minimumLevel, structureGroupId)) {
      meeting.invite(followUpRecords.getReferenceById(followUp.getId()));
      Map<String, Object> values = new HashMap<>();
      values.put("reference", meeting.getReference());
      values.put("meetingDate", FrenchDates.day(date));
      values.put("venue", venue);
      values.put("candidateName", followUp.getCandidate().fullName());
      values.put("followUp", followUp.getReference());
      User referent = identityService.createUserQuery().userId(followUp.getReferentUserId()).singleResult();
      mails.queue(meeting.getReference() + ":" + followUp.getReference() + ":referent",
          referent == null ? null : referent.getEmail(), "reconnection-invitation", values);
      mails.queue(meeting.getReference() + ":" + followUp.getReference() + ":structure",
          followUp.getStructure().getEmail(), "reconnection-invitation", values);
      messenger.tell(followUp.getCandidate(), followUp.getReference(), meeting.getReference() + ":" + followUp.getReference()
          + ":candidate", "candidate-reconnection", Map.of("day", FrenchDates.day(date),
          "venue", venue, "structureName", followUp.getStructure().getName()));
    }
    meetings.flush();
    return meeting;
  }

  @Transactional(readOnly = true)
  public ReconnectionMeeting find(String reference) {
    return meetings.findByReference(reference).orElseThrow();
  }

  /** The reconnection meetings that invited one of these follow-ups (their forms list the person). */
  @Transactional(readOnly = true)
  public List<String> meetingsInviting(java.util.Collection<String> followUpReferences) {
    return meetings.findAll().stream()
        .filter(meeting -> meeting.getInvitations().stream()
            .anyMatch(invitation -> followUpReferences.contains(invitation.getFollowUp().getReference())))
        .map(ReconnectionMeeting::getReference).toList();
  }

  /** The options the meeting's form shows, as they read now (after a person's anonymisation). */
  @Transactional(readOnly = true)
  public Object participantOptionsValue(String reference) {
    return fr.pcpe.workflow.common.FormOptions.of(participantOptions(reference));
  }

  /** Options of the outcome form's list: one per invited follow-up. */
  @Transactional(readOnly = true)
  List<Map<String, String>> participantOptions(String reference) {
    return find(reference).getInvitations().stream()
        .map(invitation -> {
          FollowUp followUp = invitation.getFollowUp();
          return FormOptions.option(messages.say("reconnection.participant",
              followUp.getCandidate().fullName(), followUp.getStructure().getName(),
              referentName(followUp.getReferentUserId())), invitation.getId());
        })
        .toList();
  }

  /**
   * Records who came. A follow-up still waiting for its first meeting takes this one as its meeting and
   * moves on to the proposal; the others are back in touch (last contact: the meeting).
   */
  @Transactional
  void recordOutcome(String reference, Collection<Long> presentInvitationIds) {
    ReconnectionMeeting meeting = find(reference);
    for (ReconnectionMeeting.Invitation invitation : meeting.getInvitations()) {
      boolean present = presentInvitationIds.contains(invitation.getId());
      invitation.attended(present);
      if (!present) {
        continue;
      }
      FollowUp followUp = invitation.getFollowUp();
      Task meet = taskService.createTaskQuery().processInstanceBusinessKey(followUp.getReference())
          .taskDefinitionKey(FollowUpProcess.TASK_MEET).singleResult();
      if (followUp.getCurrentStep() == Step.MEET && meet != null) {
        taskService.complete(meet.getId(), Map.of(FollowUpProcess.Vars.MEETING_DATE.name(),
            meeting.getMeetingDate().toString(), FollowUpProcess.Vars.MEETING_NOTES.name(),
            messages.say("reconnection.meetingNotes", reference)));
      } else {
        followUps.contacted(followUp.getReference(), meeting.getMeetingDate());
      }
    }
  }

  /** The referent as people know them (a login is never shown). */
  private String referentName(String userId) {
    User referent = identityService.createUserQuery().userId(userId).singleResult();
    return referent == null ? "" : PersonNames.fullName(referent);
  }
}
