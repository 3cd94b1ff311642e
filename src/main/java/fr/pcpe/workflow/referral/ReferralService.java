package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateMessenger;
import fr.pcpe.workflow.candidate.CandidateHired;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.common.ReferenceNumbers;
import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.drive.DriveStatus;
import fr.pcpe.workflow.drive.RecruitmentDrive;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.partner.PartnerStructureService;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.EngineAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReferralService {

  private final ReferralRepository referrals;
  private final HireRepository hires;
  private final CandidateRepository candidates;
  private final DriveService drives;
  private final RuntimeService runtimeService;
  private final Messages messages;
  private final MailService mails;
  private final EngineAccess engineAccess;
  private final PartnerStructureService structures;
  private final ApplicationEventPublisher events;
  private final CandidateMessenger messenger;
  private final ReferenceNumbers referenceNumbers;
  private final Clock clock;

  ReferralService(ReferralRepository referrals, HireRepository hires, CandidateRepository candidates,
      DriveService drives, PartnerStructureService structures, RuntimeService runtimeService, Messages messages,
      MailService mails, EngineAccess engineAccess, ApplicationEventPublisher events, CandidateMessenger messenger,
      ReferenceNumbers referenceNumbers, Clock clock) {
    this.referrals = referrals;
    this.hires = hires;
    this.candidates = candidates;
    this.drives = drives;
    this.structures = structures;
    this.runtimeService = runtimeService;
    this.messages = messages;
    this.mails = mails;
    this.engineAccess = engineAccess;
    this.events = events;
    this.messenger = messenger;
    this.referenceNumbers = referenceNumbers;
    this.clock = clock;
  }

  /**
   * Refers one of the user's structure's candidates to an open drive and starts its
   * {@code candidateReferral} instance. The same candidate twice on one drive is a conflict, also
   * when both requests arrive together (the database's unique key decides), and creates nothing.
   */
  @Transactional
  public Referral refer(String driveReference, long candidateId, String comment, Caller caller) {
    structures.ofMember(caller.groupIds()); // only a structure refers (403 for anybody else)
    Referral referral = register(driveReference, candidateId, comment, caller);
    // started by the application, which has just checked the user (the start listener trusts no user's key)
    engineAccess.asSystem(() -> ReferralProcess.start(runtimeService, referral, messages));
    return referral;
  }

  /** The referral record alone, for a {@code candidateReferral} instance being started from Tasklist. */
  @Transactional
  Referral register(String driveReference, long candidateId, String comment, Caller caller) {
    Candidate candidate = candidates.findById(candidateId)
        .filter(found -> found.referableBy(caller))
        .orElseThrow(() -> new NotFoundException(messages.say("candidate.notFound", String.valueOf(candidateId))));
    return register(driveReference, candidate, comment, caller.userId());
  }

  /**
   * Refers a candidate whose referral the application has already vouched for (a follow-up's proposal
   * by the candidate's referent, a coordinator's choice from the pool), in the referrer's name.
   */
  @Transactional
  public Referral referOnBehalf(String driveReference, long candidateId, String comment, String referredBy) {
    Candidate candidate = candidates.findById(candidateId)
        .orElseThrow(() -> new NotFoundException(messages.say("candidate.notFound", String.valueOf(candidateId))));
    Referral referral = register(driveReference, candidate, comment, referredBy);
    engineAccess.asSystem(() -> ReferralProcess.start(runtimeService, referral, messages));
    return referral;
  }

  /** Whether the candidate may be referred to the drive now: it is open, and they are not on it yet. */
  @Transactional(readOnly = true)
  public boolean mayRefer(String driveReference, long candidateId) {
    return drives.findOptional(driveReference)
        .filter(drive -> drive.getStatus() == DriveStatus.OPEN)
        .filter(drive -> !referrals.existsByDriveIdAndCandidateId(drive.getId(), candidateId))
        .isPresent();
  }

  private Referral register(String driveReference, Candidate candidate, String comment, String referredBy) {
    if (!candidate.isActive()) {
      throw new ConflictException(messages.say("candidate.inactive", candidate.getId()));
    }
    RecruitmentDrive drive = drives.findOptional(driveReference)
        .orElseThrow(() -> new NotFoundException(messages.say("drive.notFound", driveReference)));
    if (drive.getStatus() != DriveStatus.OPEN) {
      throw new ConflictException(messages.say("referral.driveNotOpen", driveReference));
    }
    if (referrals.existsByDriveIdAndCandidateId(drive.getId(), candidate.getId())) {
      throw new ConflictException(messages.say("referral.duplicate", driveReference));
    }
    Referral referral;
    try {
      referral = referrals.saveAndFlush(
          referenceNumbers.number(new Referral(drive, candidate, referredBy, comment, clock.instant())));
    } catch (DataIntegrityViolationException concurrentDuplicate) {
      throw new ConflictException(messages.say("referral.duplicate", driveReference));
    }
    // the structure gets the reference at once (Tasklist says nothing of the instance it started)
    notifyStructure(referral, "");
    return referral;
  }

  /** Ends each active referral of the candidate through its process (the structure and employer are told). */
  @Transactional
  public void withdrawAll(long candidateId, String comment) {
    referrals.findByCandidateId(candidateId).stream().filter(Referral::isActive)
        .forEach(active -> engineAccess.asSystem(() -> runtimeService.createMessageCorrelation(ReferralProcess.WITHDRAWN_MESSAGE)
            .processInstanceBusinessKey(active.getReference())
            .setVariable(Vars.WITHDRAWAL_COMMENT.name(), comment)
            .correlate()));
  }

  /** Clears the comments written about the candidate in their referrals. */
  @Transactional
  public void forgetComments(long candidateId) {
    referrals.findByCandidateId(candidateId).forEach(Referral::forgetComments);
  }

  /** A candidate's referrals, for their timeline. */
  @Transactional(readOnly = true)
  public List<Referral> ofCandidate(long candidateId) {
    return referrals.findByCandidateId(candidateId);
  }

  /** The hires a drive has had since then, for its monthly rhythm. */
  @Transactional(readOnly = true)
  long hiresSince(String driveReference, Instant since) {
    return hires.countByReferralDriveReferenceAndConfirmedAtGreaterThanEqual(driveReference, since);
  }

  /** A drive's referrals, for its closing report. */
  @Transactional(readOnly = true)
  public List<Referral> ofDrive(String driveReference) {
    return referrals.findByDriveReference(driveReference);
  }

  /**
   * The referral if the caller may see it: PCPE staff, the referring structure, or the drive's
   * employer once it was sent the candidate. To anybody else it does not exist (404, not 403).
   */
  @Transactional(readOnly = true)
  public Referral visibleTo(String reference, Caller caller) {
    Referral referral = referrals.findByReference(reference).orElse(null);
    if (referral == null || !referral.visibleTo(caller)) {
      throw new NotFoundException(messages.say("referral.notFound", reference));
    }
    return referral;
  }

  /**
   * The referring structure withdraws its candidate (a job found elsewhere, a move…): the referral's
   * process ends wherever it stands; a referral already closed is a conflict.
   */
  @Transactional
  public Referral withdraw(String reference, Caller caller, String comment) {
    Referral referral = referrals.findByReference(reference)
        .filter(found -> found.withdrawableBy(caller))
        .orElseThrow(() -> new NotFoundException(messages.say("referral.notFound", reference)));
    if (!referral.isActive()) {
      throw new ConflictException(messages.say("referral.closed", reference));
    }
    // the structure may withdraw its own referral (checked above), not update process instances
    engineAccess.asSystem(() -> runtimeService.createMessageCorrelation(ReferralProcess.WITHDRAWN_MESSAGE)
        .processInstanceBusinessKey(reference)
        .setVariable(Vars.WITHDRAWAL_COMMENT.name(), comment)
        .correlate());
    return find(reference);
  }

  /** The structure is told, and the employer too if it had the candidate. */
  @Transactional
  void recordWithdrawal(String reference, String comment) {
    Referral referral = find(reference);
    boolean employerHadIt = referral.getStatus() == ReferralStatus.SENT_TO_EMPLOYER
        || referral.getStatus() == ReferralStatus.INTERVIEW_PLANNED;
    referral.close(ReferralStatus.WITHDRAWN, null, comment, clock.instant());
    notifyStructure(referral, comment == null ? "" : comment);
    if (employerHadIt) {
      Map<String, Object> values = mailValues(referral);
      values.put("comment", comment == null ? "" : comment);
      mails.queue(reference + ":withdrawn-to-employer", referral.getDrive().getEmployer().getContactEmail(),
          "referral-withdrawn", values);
    }
  }

  @Transactional(readOnly = true)
  public Referral find(String reference) {
    return referrals.findByReference(reference).orElseThrow(() -> notFound(reference));
  }

  NotFoundException notFound(String reference) {
    return new NotFoundException(messages.say("referral.notFound", reference));
  }

  @Transactional
  void refuse(String reference, ReferralDecisions.Prescreening prescreening) {
    Referral referral = find(reference);
    referral.close(ReferralStatus.REFUSED, prescreening.reason(), prescreening.comment(), clock.instant());
    notifyStructure(referral, reasonText(prescreening.reason()));
  }

  @Transactional
  void sendToEmployer(String reference) {
    Referral referral = find(reference);
    referral.moveTo(ReferralStatus.SENT_TO_EMPLOYER, clock.instant());
    notifyStructure(referral, "");
  }

  /**
   * An employer's task is open: its contact gets the link to decide (the candidate, then the hire), and the link to
   * every answer they owe.
   */
  @Transactional
  void employerTaskOpened(String reference, String taskDefinitionKey, String decisionUrl, String overviewUrl) {
    Referral referral = find(reference);
    boolean interview = ReferralProcess.TASK_DECIDE_INTERVIEW.equals(taskDefinitionKey);
    Map<String, Object> values = mailValues(referral);
    values.put("decisionUrl", decisionUrl);
    values.put("overviewUrl", overviewUrl);
    values.put("interviewDay", FrenchDates.day(referral.getInterviewDate()));
    mails.queue(reference + (interview ? ":to-employer" : ":hire-to-confirm"),
        referral.getDrive().getEmployer().getContactEmail(),
        interview ? "referral-sent-to-employer" : "referral-hire-to-confirm", values);
  }

  /** The employer is reminded, with a new link to the same decision. */
  @Transactional
  void employerReminded(String reference, String decisionUrl, String overviewUrl) {
    Referral referral = find(reference);
    referral.employerReminded(clock.instant());
    Map<String, Object> values = mailValues(referral);
    values.put("decisionUrl", decisionUrl);
    values.put("overviewUrl", overviewUrl);
    mails.queue(reference + ":employer-reminder-" + referral.getEmployerReminders(),
        referral.getDrive().getEmployer().getContactEmail(), "referral-employer-reminder", values);
  }

  @Transactional
  void expire(String reference) {
    Referral referral = find(reference);
    referral.close(ReferralStatus.EXPIRED, null, null, clock.instant());
    notifyStructure(referral, "");
  }

  @Transactional
  void planInterview(String reference, ReferralDecisions.InterviewDecision decision) {
    Referral referral = find(reference);
    referral.planInterview(decision.interviewDate(), clock.instant());
    notifyStructure(referral, messages.say("referral.interviewDetails", FrenchDates.day(decision.interviewDate())));
    messenger.tell(referral.getCandidate(), reference + ":interview-to-candidate", "candidate-interview", Map.of(
        "day", FrenchDates.day(decision.interviewDate()),
        "jobTitle", referral.getDrive().getJobOffer().getTitle(),
        "employerName", referral.getDrive().getEmployer().getName(),
        "structureName", referral.getStructure().getName()));
  }

  /**
   * Records the hire and counts it against the drive's target.
   *
   * @return false, and nothing recorded, when the drive no longer accepts hires
   */
  @Transactional
  boolean hire(String reference, HireConfirmation confirmation, String confirmedBy) {
    Referral confirmed = find(reference);
    long candidateId = confirmed.getCandidate().getId();
    String driveReference = confirmed.getDrive().getReference();
    // counting the hire clears the persistence context: the referral is read again inside the callback
    boolean hired = drives.recordHire(driveReference, () -> {
      Referral referral = find(reference);
      referral.moveTo(ReferralStatus.HIRED, clock.instant());
      referral.getCandidate().contacted(clock.instant());
      hires.save(new Hire(referral, confirmation, confirmedBy, clock.instant()));
      notifyStructure(referral, messages.say("referral.hireDetails",
          messages.say("contractType." + confirmation.contractType()),
          FrenchDates.day(confirmation.startDate()), confirmation.weeklyHours()));
    });
    if (hired) {
      events.publishEvent(new CandidateHired(candidateId, reference, driveReference));
    }
    return hired;
  }

  /**
   * A hire withdraws the candidate's other open referrals, each through its process (its structure
   * and, if it had the candidate, its employer are told).
   */
  @EventListener
  void withdrawOtherReferrals(CandidateHired hired) {
    String comment = messages.say("referral.withdrawn.hired", hired.driveReference());
    referrals.findByCandidateId(hired.candidateId()).stream()
        .filter(other -> other.isActive() && !other.getReference().equals(hired.referralReference()))
        .forEach(other -> engineAccess.asSystem(() -> runtimeService.createMessageCorrelation(ReferralProcess.WITHDRAWN_MESSAGE)
            .processInstanceBusinessKey(other.getReference())
            .setVariable(Vars.WITHDRAWAL_COMMENT.name(), comment)
            .correlate()));
  }

  /** Not hired, with its reason; a suitable candidate may go to the pool for the next drive. */
  @Transactional
  void notHired(String reference, RefusalReason reason, boolean addToPool) {
    Referral referral = find(reference);
    referral.close(ReferralStatus.NOT_HIRED, reason, null, clock.instant());
    if (addToPool) {
      referral.putInPool();
    }
    notifyStructure(referral, reasonText(reason)
        + (addToPool ? " " + messages.say("referral.pool") : ""));
  }

  /** The referring structure is told every outcome, once (the key is the referral and its status). */
  private void notifyStructure(Referral referral, String details) {
    Map<String, Object> values = mailValues(referral);
    values.put("outcome", messages.say("referral.outcome." + referral.getStatus()));
    values.put("details", details);
    mails.queue(referral.getReference() + ":" + referral.getStatus(), referral.getStructure().getEmail(),
        "referral-outcome", values);
  }

  private Map<String, Object> mailValues(Referral referral) {
    Map<String, Object> values = new HashMap<>();
    values.put("reference", referral.getReference());
    values.put("driveReference", referral.getDrive().getReference());
    values.put("jobTitle", referral.getDrive().getJobOffer().getTitle());
    values.put("candidateName", referral.getCandidate().fullName());
    return values;
  }

  private String reasonText(RefusalReason reason) {
    return reason == null ? "" : messages.say("referral.reason." + reason);
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Hire> hireOf(String reference) {
    return hires.findByReferralId(find(reference).getId());
  }
}
