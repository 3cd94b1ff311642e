package fr.pcpe.workflow.timeline;

import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.cce.CafeContactEmploi;
import fr.pcpe.workflow.cce.CceInvitation;
import fr.pcpe.workflow.cce.CceService;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpEscalation;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.referral.Referral;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.ReferralStatus;
import fr.pcpe.workflow.system.security.Access;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What happened to one candidate, from the domain's records (not the engine's history, which is cleaned). */
@Service
public class CandidateTimeline {

  /** One event, as people say it. */
  public record Entry(LocalDate date, String reference, String label) {
  }

  public record Timeline(String candidate, String structure, List<Entry> entries) {
  }

  private final CandidateRepository candidates;
  private final ReferralService referrals;
  private final FollowUpService followUps;
  private final CceService cces;
  private final Access access;
  private final Messages messages;
  private final Clock clock;

  CandidateTimeline(CandidateRepository candidates, ReferralService referrals, FollowUpService followUps, CceService cces,
      Access access, Messages messages, Clock clock) {
    this.candidates = candidates;
    this.referrals = referrals;
    this.followUps = followUps;
    this.cces = cces;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
  }

  /** PCPE staff and the candidate's structure (members and heads); to anybody else the candidate does not exist. */
  @Transactional(readOnly = true)
  public Timeline of(long candidateId) {
    NotFoundException notFound = new NotFoundException(messages.say("candidate.notFound", String.valueOf(candidateId)));
    Candidate candidate = candidates.findById(candidateId).orElseThrow(() -> notFound);
    access.require(candidate::visibleTo, () -> notFound);
    List<Entry> entries = new ArrayList<>();
    for (Referral referral : referrals.ofCandidate(candidateId)) {
      String drive = referral.getDrive().getReference() + " (" + referral.getDrive().getJobOffer().getTitle() + ")";
      entries.add(entry(referral.getCreatedAt(), referral.getReference(), "timeline.referred", drive));
      if (referral.getInterviewDate() != null) {
        entries.add(new Entry(referral.getInterviewDate(), referral.getReference(),
            messages.say("timeline.interview", drive)));
      }
      referrals.hireOf(referral.getReference()).ifPresent(hire -> entries.add(new Entry(hire.getStartDate(),
          referral.getReference(),
          messages.say("timeline.hired", drive, messages.say("contractType." + hire.getContractType())))));
      if (!referral.isActive() && referral.getStatus() != ReferralStatus.HIRED) {
        entries.add(entry(referral.getUpdatedAt(), referral.getReference(), "timeline.referralClosed", drive,
            messages.say("referral.outcome." + referral.getStatus())));
      }
    }
    for (CceInvitation invitation : cces.invitationsOfCandidate(candidateId)) {
      CafeContactEmploi cce = invitation.getCce();
      String cafe = cce.getCity() + ", " + FrenchDates.day(cce.getEventDate());
      entries.add(entry(invitation.getCreatedAt(), cce.getReference(), "timeline.cceInvited", cafe));
      if (invitation.getAttended() != null) {
        entries.add(new Entry(cce.getEventDate(), cce.getReference(),
            messages.say(invitation.getAttended() ? "timeline.cceAttended" : "timeline.cceMissed", cafe)));
      }
    }
    for (FollowUp followUp : followUps.ofCandidate(candidateId)) {
      String reference = followUp.getReference();
      entries.add(new Entry(followUp.getEventDate(), reference,
          messages.say("timeline.followUpOpened." + followUp.getOrigin(), followUp.getStructure().getName())));
      if (followUp.getMetAt() != null) {
        entries.add(new Entry(followUp.getMetAt(), reference, messages.say("timeline.met")));
      }
      if (followUp.getLastContactAt() != null && !followUp.getLastContactAt().equals(followUp.getMetAt())) {
        entries.add(new Entry(followUp.getLastContactAt(), reference, messages.say("timeline.contact")));
      }
      for (FollowUpEscalation escalation : followUps.escalationsOf(reference)) {
        entries.add(entry(escalation.getEscalatedAt(), reference,
            escalation.isRaisedByCandidate() ? "timeline.alarmByCandidate" : "timeline.escalation",
            messages.say("followUp.level." + escalation.getLevel())));
      }
      if (followUp.getClosedAt() != null) {
        entries.add(entry(followUp.getClosedAt(), reference, "timeline.followUpClosed",
            messages.say("timeline.outcome." + followUp.getOutcome())));
      }
    }
    entries.sort(Comparator.comparing(Entry::date));
    return new Timeline(candidate.fullName(), candidate.getStructure().getName(), entries);
  }

  private Entry entry(Instant at, String reference, String key, Object... arguments) {
    return new Entry(LocalDate.ofInstant(at, clock.getZone()), reference, messages.say(key, arguments));
  }
}
