package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateMessenger;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Status;
import fr.pcpe.workflow.link.LinkRefused;
import fr.pcpe.workflow.link.SecureLink;
import fr.pcpe.workflow.link.SecureLinks;
import fr.pcpe.workflow.mail.MailService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Has your referent contacted you?": asked of a candidate still not met at the question date, by a personal link.
 * "Yes" counts as a contact; "no" raises the follow-up's alarm at once.
 */
@Service
class CandidateAnswers {

  private final FollowUpService followUps;
  private final FollowUpAlerts alerts;
  private final CandidateRepository candidates;
  private final CandidateMessenger messenger;
  private final SecureLinks links;
  private final MailService mails;
  private final Messages messages;
  private final Clock clock;

  CandidateAnswers(FollowUpService followUps, FollowUpAlerts alerts, CandidateRepository candidates,
      CandidateMessenger messenger, SecureLinks links, MailService mails, Messages messages, Clock clock) {
    this.followUps = followUps;
    this.alerts = alerts;
    this.candidates = candidates;
    this.messenger = messenger;
    this.links = links;
    this.mails = mails;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * At the meeting step's question date: a candidate who agreed to be contacted gets a personal link
   * asking whether their referent contacted them. Others are simply not asked.
   */
  @Transactional
  void askCandidate(String reference) {
    FollowUp followUp = followUps.find(reference);
    messenger.tell(followUp.getCandidate(), reference, reference + ":ask-candidate:" + followUp.getCurrentStep(),
        "candidate-contact-question", Map.of("structureName", followUp.getStructure().getName()));
  }

  /** What the candidate's page shows: their first name and their structure. Changes nothing. */
  @Transactional(readOnly = true)
  Map<String, String> candidateQuestion(String token) {
    Candidate candidate = answering(links.open(SecureLink.Purpose.CANDIDATE_CONTACT, token)).candidate();
    return Map.of("firstName", candidate.getFirstName(), "structureName", candidate.getStructure().getName());
  }

  /** Who answers a link, and the follow-up the answer is about: the link's own, or the person's open one. */
  private record Answering(Candidate candidate, FollowUp followUp) {
  }

  private Answering answering(SecureLink link) {
    String subject = link.getSubject();
    if (subject.startsWith(CandidateMessenger.CANDIDATE_SUBJECT)) {
      Candidate candidate = candidates.findById(Long.valueOf(subject.substring(CandidateMessenger.CANDIDATE_SUBJECT.length())))
          .orElseThrow(() -> new LinkRefused("link.candidate.done"));
      return new Answering(candidate, followUps.openOf(candidate.getId()).orElse(null));
    }
    FollowUp followUp = followUps.find(subject);
    return new Answering(followUp.getCandidate(), followUp);
  }

  /**
   * The candidate's answer, once per link. "Yes" is recorded as a contact today; "no" raises the
   * follow-up's alarm at once to the next level (at least the head of the structure), as raised by the
   * candidate.
   *
   * @return the French thanks the page shows
   */
  @Transactional
  String candidateAnswered(String token, Boolean contacted) {
    SecureLink link = links.open(SecureLink.Purpose.CANDIDATE_CONTACT, token);
    if (contacted == null) {
      throw new InvalidInputException("contacted", messages.say("followUp.candidate.answerRequired"));
    }
    Answering answering = answering(link);
    FollowUp followUp = answering.followUp();
    if (followUp != null && followUp.getStatus() != Status.ACTIVE) {
      throw new LinkRefused("link.candidate.done");
    }
    links.useOnce(link);
    if (contacted) {
      answering.candidate().contacted(clock.instant());
      if (followUp != null) {
        followUp.contacted(LocalDate.now(clock));
      }
      return messages.say("link.candidate.thanksYes");
    }
    if (followUp == null) {
      // not followed (yet): the head of the structure hears it at once
      Candidate candidate = answering.candidate();
      mails.queue("candidate-alarm:" + link.getId(), candidate.getStructure().getHeadEmail(), "candidate-alarm",
          Map.of("candidateName", candidate.fullName(), "structureName", candidate.getStructure().getName()));
      return messages.say("link.candidate.thanksNo");
    }
    Level current = followUp.getEscalationLevel();
    alerts.alert(followUp, current == null || current == Level.REMINDER ? Level.HEAD : Level.COORDINATORS, true,
        followUps.instanceOf(followUp.getReference()).getId());
    return messages.say("link.candidate.thanksNo");
  }
}
