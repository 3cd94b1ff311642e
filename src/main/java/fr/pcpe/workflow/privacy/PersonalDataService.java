package fr.pcpe.workflow.privacy;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.cce.CceService;
import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.privacy.PersonalDataAction.Kind;
import fr.pcpe.workflow.privacy.PersonalDataAction.Reason;
import fr.pcpe.workflow.referral.Referral;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.RetentionChecks;
import fr.pcpe.workflow.system.security.Access;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's personal data over time (docs/adr/0008): anonymised once the retention period has passed
 * since the last contact, or at once when the person asks for erasure; their consent withdrawn on
 * request. Anonymising removes their identity and the free texts about them from the domain, the emails
 * that name them, and their processes from the engine ({@link EngineTraces}), while the facts the impact figures
 * count stay. Each action is recorded, without personal data.
 */
@Service
public class PersonalDataService {

  private final CandidateRepository candidates;
  private final ReferralService referrals;
  private final RetentionChecks employmentChecks;
  private final FollowUpService followUps;
  private final CceService cces;
  private final MailService mails;
  private final EngineTraces engineTraces;
  private final Access access;
  private final PersonalDataActionRepository actions;
  private final Messages messages;
  private final Clock clock;
  private final Period retention;
  private final boolean hiresKeptForTheYear;

  PersonalDataService(CandidateRepository candidates, ReferralService referrals, RetentionChecks employmentChecks,
      FollowUpService followUps, CceService cces, MailService mails, EngineTraces engineTraces, Access access,
      PersonalDataActionRepository actions, Messages messages, Clock clock, PersonalDataSettings settings) {
    this.candidates = candidates;
    this.referrals = referrals;
    this.employmentChecks = employmentChecks;
    this.followUps = followUps;
    this.cces = cces;
    this.mails = mails;
    this.engineTraces = engineTraces;
    this.access = access;
    this.actions = actions;
    this.messages = messages;
    this.clock = clock;
    this.retention = settings.retention();
    this.hiresKeptForTheYear = settings.keepHiresOfTheYear();
  }

  /** The candidate, for PCPE staff only; to a structure, this is no place (403). */
  Candidate candidate(long candidateId) {
    access.requireStaff();
    return candidates.findById(candidateId)
        .orElseThrow(() -> new NotFoundException(messages.say("candidate.notFound", String.valueOf(candidateId))));
  }

  /**
   * Erasure (art. 17), at once: whatever is open is ended (referrals withdrawn, follow-ups closed), then
   * the person is anonymised. Refused while the law keeps the data: a hire confirmed this year, which the
   * network reports to its funders (PCPE_ERASURE_KEEPS_HIRES_OF_THE_YEAR). A second erasure changes nothing.
   *
   * @return whether anything was erased now
   */
  @Transactional
  public boolean erase(long candidateId, Reason reason) {
    Candidate candidate = candidate(candidateId);
    if (candidate.getAnonymisedAt() != null) {
      return false;
    }
    int year = LocalDate.now(clock).getYear();
    boolean hiredThisYear = referrals.ofCandidate(candidateId).stream()
        .map(referral -> referrals.hireOf(referral.getReference()))
        .flatMap(java.util.Optional::stream)
        .anyMatch(hire -> LocalDate.ofInstant(hire.getConfirmedAt(), clock.getZone()).getYear() == year);
    if (hiresKeptForTheYear && hiredThisYear) {
      throw new ConflictException(messages.say("personalData.erasure.hiredThisYear", year + 1));
    }
    endWhatIsOpen(candidateId, messages.say("personalData.closedByErasure"));
    anonymise(candidate);
    record(Kind.ERASURE, candidateId, reason);
    return true;
  }

  /**
   * Consent withdrawn: no more emails, nothing more started for the person (referrals refused), whatever
   * is open ended; the data stays as long as the retention rules say.
   */
  @Transactional
  public void withdrawConsent(long candidateId, Reason reason) {
    Candidate candidate = candidate(candidateId);
    if (candidate.getConsentWithdrawnAt() != null) {
      return;
    }
    candidate.withdrawConsent(clock.instant());
    endWhatIsOpen(candidateId, messages.say("personalData.closedByWithdrawal"));
    record(Kind.CONSENT_WITHDRAWAL, candidateId, reason);
  }

  /** The candidates whose last contact is older than the retention period and who have nothing open: anonymised. */
  @Transactional
  public int anonymiseExpired() {
    Instant limit = LocalDate.now(clock).minus(retention).atStartOfDay(clock.getZone()).toInstant();
    int anonymised = 0;
    for (Candidate candidate : candidates.findByAnonymisedAtIsNull()) {
      Instant last = candidate.getLastContactAt() == null ? candidate.getCreatedAt() : candidate.getLastContactAt();
      if (last.isBefore(limit) && nothingOpen(candidate.getId())) {
        anonymise(candidate);
        record(Kind.RETENTION, candidate.getId(), Reason.RETENTION_PERIOD);
        anonymised++;
      }
    }
    return anonymised;
  }

  private boolean nothingOpen(long candidateId) {
    return referrals.ofCandidate(candidateId).stream().noneMatch(Referral::isActive)
        && followUps.openOf(candidateId).isEmpty()
        && !employmentChecks.watching(candidateId)
        && cces.invitationsOfCandidate(candidateId).stream().allMatch(invitation -> invitation.getAttended() != null);
  }

  private void endWhatIsOpen(long candidateId, String comment) {
    referrals.withdrawAll(candidateId, comment);
    followUps.closeAll(candidateId, comment);
  }

  /** Every business key of the person's own processes (referrals, follow-ups and what they called). */
  List<String> ownProcessKeys(long candidateId) {
    List<String> keys = new ArrayList<>();
    referrals.ofCandidate(candidateId).forEach(referral -> keys.add(referral.getReference()));
    followUps.ofCandidate(candidateId).forEach(followUp -> keys.add(followUp.getReference()));
    return keys;
  }

  private void anonymise(Candidate candidate) {
    long id = candidate.getId();
    List<String> keys = ownProcessKeys(id);
    List<String> followUpKeys = followUps.ofCandidate(id).stream().map(FollowUp::getReference).toList();
    mails.forget(candidate.getEmail(), candidate.fullName());
    referrals.forgetComments(id);
    employmentChecks.forgetComments(id);
    followUps.forgetComments(id);
    candidate.anonymise(messages.say("personalData.anonymous.firstName"),
        messages.say("personalData.anonymous.lastName"), clock.instant());
    engineTraces.forget(id, keys, followUpKeys);
  }

  void record(Kind kind, long candidateId, Reason reason) {
    String who = access.caller().userId();
    actions.save(new PersonalDataAction(kind, candidateId, reason, who == null ? "application" : who, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<PersonalDataAction> actionsOn(long candidateId) {
    access.requireStaff();
    return actions.findByCandidateIdOrderByPerformedAt(candidateId);
  }
}
