package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.system.security.PersonNames;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateHired;
import fr.pcpe.workflow.candidate.CandidateMessenger;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.common.ReferenceNumbers;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Origin;
import fr.pcpe.workflow.followup.FollowUpEnums.Outcome;
import fr.pcpe.workflow.followup.FollowUpEnums.Proposal;
import fr.pcpe.workflow.followup.FollowUpEnums.Status;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.EngineAccess;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups after a CCE: open, record each step, pause and resume, close. A late step's alerts are
 * {@link FollowUpAlerts}'; the candidate's answer to "has your referent contacted you?" is {@link CandidateAnswers}'.
 */
@Service
public class FollowUpService {

  private final FollowUpRepository followUps;
  private final FollowUpEscalationRepository escalations;
  private final CandidateRepository candidates;
  private final FollowUpDeadlines deadlines;
  private final RuntimeService runtimeService;
  /** The native query of {@link #instanceOf}, with the engine's table names (read once). */
  private final String instanceSql;
  private final IdentityService identityService;
  private final EngineAccess engineAccess;
  private final Access access;
  private final Messages messages;
  private final CandidateMessenger messenger;
  private final PersonNames names;
  private final ReferralService referrals;
  private final ApplicationEventPublisher events;
  private final ReferenceNumbers referenceNumbers;
  private final Clock clock;

  FollowUpService(FollowUpRepository followUps, FollowUpEscalationRepository escalations,
      CandidateRepository candidates, FollowUpDeadlines deadlines, RuntimeService runtimeService,
      ManagementService managementService, IdentityService identityService, EngineAccess engineAccess, Access access,
      Messages messages, CandidateMessenger messenger, PersonNames names, ReferralService referrals,
      ApplicationEventPublisher events, ReferenceNumbers referenceNumbers, Clock clock) {
    this.followUps = followUps;
    this.escalations = escalations;
    this.candidates = candidates;
    this.deadlines = deadlines;
    this.runtimeService = runtimeService;
    this.instanceSql = "select RES.* from " + managementService.getTableName(ProcessInstance.class)
        + " RES inner join " + managementService.getTableName(ProcessDefinition.class) + " D on D.ID_ = RES.PROC_DEF_ID_"
        + " where RES.BUSINESS_KEY_ = #{reference} and RES.ID_ = RES.PROC_INST_ID_ and D.KEY_ = #{key}";
    this.identityService = identityService;
    this.engineAccess = engineAccess;
    this.access = access;
    this.messages = messages;
    this.messenger = messenger;
    this.names = names;
    this.referrals = referrals;
    this.events = events;
    this.referenceNumbers = referenceNumbers;
    this.clock = clock;
  }

  /**
   * Opens the follow-up of a candidate who left the CCE of {@code eventDate} without a job: the
   * referent must meet them, the deadlines count from the event. PCPE staff only; the referent must be
   * a person of the candidate's structure (or a PCPE coordinator), the event within the past year.
   */
  @Transactional
  public FollowUp open(long candidateId, LocalDate eventDate, String referentUserId) {
    access.requireStaff();
    Candidate candidate = candidates.findById(candidateId)
        .orElseThrow(() -> new NotFoundException(messages.say("candidate.notFound", String.valueOf(candidateId))));
    LocalDate today = LocalDate.now(clock);
    if (eventDate.isAfter(today) || eventDate.isBefore(today.minusYears(1))) {
      throw new InvalidInputException("eventDate", messages.say("followUp.eventDate.range"));
    }
    if (!candidate.isActive()) {
      throw new ConflictException(messages.say("candidate.inactive", String.valueOf(candidateId)));
    }
    if (!mayFollow(candidate, referentUserId)) {
      throw new InvalidInputException("referentUserId", messages.say("followUp.referent.notOfStructure"));
    }
    return start(candidate, Origin.CCE, eventDate, referentUserId, startOf(eventDate));
  }

  /**
   * Opens the follow-up of a hired candidate who left their job on {@code leftOn}, as their structure decides after
   * the employer said so (hire-retention.bpmn): its first step's deadlines count from today. A candidate already
   * followed keeps their follow-up.
   */
  @Transactional
  public FollowUp openAfterDeparture(long candidateId, LocalDate leftOn, String referentUserId) {
    Candidate candidate = candidates.findById(candidateId)
        .orElseThrow(() -> new NotFoundException(messages.say("candidate.notFound", String.valueOf(candidateId))));
    if (!candidate.isActive()) {
      throw new ConflictException(messages.say("candidate.inactive", String.valueOf(candidateId)));
    }
    if (!mayFollow(candidate, referentUserId)) {
      throw new InvalidInputException("newReferentId", messages.say("followUp.referent.notOfStructure"));
    }
    return openOf(candidateId).orElseGet(() -> start(candidate, Origin.JOB_ENDED, leftOn, referentUserId,
        Date.from(clock.instant())));
  }

  /** Whether {@code referentUserId} may follow the candidate: a person of their structure, its heads, the coordination. */
  @Transactional(readOnly = true)
  public boolean mayFollow(long candidateId, String referentUserId) {
    return candidates.findById(candidateId).map(candidate -> mayFollow(candidate, referentUserId)).orElse(false);
  }

  /** Who may follow the candidate, by name, for a form's options. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> referents(long candidateId) {
    Candidate candidate = candidates.findById(candidateId).orElseThrow();
    return people(referentGroups(candidate)).map(user -> FormOptions.option(PersonNames.fullName(user), user.getId()))
        .toList();
  }

  /** What a follow-up started after, as its emails and history say it ("le Café Contact Emploi du 03/03/2026"). */
  String origin(FollowUp followUp) {
    return messages.say("followUp.origin." + followUp.getOrigin(), FrenchDates.day(followUp.getEventDate()));
  }

  /** A new follow-up and its process; its deadlines count from {@code stepsFrom}. */
  private FollowUp start(Candidate candidate, Origin origin, LocalDate eventDate, String referentUserId, Date stepsFrom) {
    FollowUp followUp = followUps.saveAndFlush(referenceNumbers.number(
        new FollowUp(candidate, referentUserId, origin, eventDate, clock.instant())));
    String history = history(followUp.getReference(), null);
    engineAccess.asSystem(() -> FollowUpProcess.start(runtimeService, followUp, stepsFrom, deadlines, history));
    messenger.tell(candidate, followUp.getReference(), followUp.getReference() + ":candidate-told", "candidate-follow-up",
        Map.of("structureName", followUp.getStructure().getName(), "referentName", referentName(followUp),
            "meetDeadline", deadlines.inWords().get(Vars.MEET_DEADLINE.name())));
    return followUp;
  }

  /** The people who may follow the candidate: their structure's, its heads, the PCPE coordinators. */
  private List<String> referentGroups(Candidate candidate) {
    String structure = candidate.getStructure().getGroupId();
    return List.of(structure, PcpeGroups.headsOf(structure), PcpeGroups.COORDINATORS);
  }

  private boolean mayFollow(Candidate candidate, String referentUserId) {
    return referentUserId != null && referentUserId.length() <= 64 && engineAccess.asSystem(() -> referentGroups(candidate)
        .stream().anyMatch(group -> identityService.createUserQuery().userId(referentUserId).memberOfGroup(group).count() > 0));
  }

  /** Who may take over the follow-up after a review, by name: anyone who may follow the candidate but its referent. */
  @Transactional(readOnly = true)
  List<Map<String, String>> otherReferents(String reference) {
    FollowUp followUp = find(reference);
    return people(referentGroups(followUp.getCandidate()))
        .filter(user -> !user.getId().equals(followUp.getReferentUserId()))
        .map(user -> FormOptions.option(PersonNames.fullName(user), user.getId()))
        .toList();
  }

  /** The members of these groups, each once, by last name within each group. */
  private java.util.stream.Stream<User> people(List<String> groups) {
    return engineAccess.asSystem(() -> groups.stream()
        .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).orderByUserLastName().asc().list().stream())
        .collect(java.util.stream.Collectors.toMap(User::getId, user -> user, (a, b) -> a, java.util.LinkedHashMap::new))
        .values().stream());
  }

  /** Whether a review may hand the follow-up to {@code referentUserId}: another person who may follow the candidate. */
  @Transactional(readOnly = true)
  boolean mayTakeOver(String reference, String referentUserId) {
    FollowUp followUp = find(reference);
    return !followUp.getReferentUserId().equals(referentUserId) && mayFollow(followUp.getCandidate(), referentUserId);
  }

  /**
   * After a review, the candidate is followed again by another referent: a new follow-up from the same
   * CCE, its first step's deadlines counting from today.
   */
  @Transactional
  FollowUp restart(String reference, String referentUserId) {
    FollowUp closed = find(reference);
    return start(closed.getCandidate(), closed.getOrigin(), closed.getEventDate(), referentUserId,
        Date.from(clock.instant()));
  }

  /**
   * A follow-up that reached its maximum duration or lost contact does not end silently: the PCPE
   * coordinators get a review task (close for good, or restart with another referent).
   */
  private void reviewIfUnresolved(FollowUp followUp) {
    if (followUp.getOutcome() != Outcome.CONTACT_LOST && followUp.getOutcome() != Outcome.MAX_DURATION) {
      return;
    }
    String reference = followUp.getReference();
    Map<String, Object> variables = new HashMap<>();
    Vars.CANDIDATE_NAME.put(variables, followUp.getCandidate().fullName());
    Vars.FOLLOW_UP_REFERENCE.put(variables, reference);
    Vars.STRUCTURE_NAME.put(variables, followUp.getStructure().getName());
    Vars.REFERENT_NAME.put(variables, referentName(followUp));
    String comment = followUp.getOutcomeComment();
    Vars.OUTCOME_LABEL.put(variables, messages.say("followUp.review." + followUp.getOutcome())
        + (comment == null || comment.isBlank() ? "" : " « " + comment.strip() + " »"));
    Vars.HISTORY.put(variables, history(reference, null));
    Vars.REFERENT_OPTIONS.put(variables, FormOptions.of(otherReferents(reference)));
    engineAccess.asSystem(() -> runtimeService.createMessageCorrelation(FollowUpProcess.REVIEW_MESSAGE)
        .processInstanceBusinessKey(reference).setVariables(variables).correlateStartMessage());
  }

  /** The follow-up if the caller may see and act on it: PCPE staff, the candidate's structure and its heads. */
  @Transactional(readOnly = true)
  public FollowUp visible(String reference) {
    FollowUp followUp = find(reference);
    access.require(followUp::visibleTo, () -> new NotFoundException(messages.say("followUp.notFound", reference)));
    return followUp;
  }

  @Transactional(readOnly = true)
  public FollowUp find(String reference) {
    return followUps.findByReference(reference)
        .orElseThrow(() -> new NotFoundException(messages.say("followUp.notFound", reference)));
  }

  /**
   * Late follow-ups raised at least to this level, in one structure's group if given (all if not), most escalated
   * first, then the longest without contact.
   */
  @Transactional(readOnly = true)
  public List<FollowUp> overdue(Level atLeast, String structureGroupId) {
    return followUps.overdue(0, FollowUp.overdueRank(atLeast), structureGroupId == null,
        structureGroupId == null ? List.of("-") : List.of(structureGroupId),
        org.springframework.data.domain.Pageable.unpaged()).getContent();
  }

  /**
   * A page of the late follow-ups the caller may see (staff: all; a structure's members and heads: theirs),
   * in one structure if asked, at one level if asked.
   */
  @Transactional(readOnly = true)
  public org.springframework.data.domain.Page<FollowUp> overdue(fr.pcpe.workflow.system.security.Caller caller,
      String structure, Level level, int page, int size) {
    // a structure's heads see its follow-ups too
    List<String> visible = caller.groupIds().stream().map(group -> group.replaceFirst("-heads$", "")).toList();
    boolean everyStructure = caller.isStaff() && structure == null;
    List<String> groups = structure == null ? visible
        : caller.isStaff() || visible.contains(structure) ? List.of(structure) : List.of();
    return followUps.overdue(level == null ? 0 : FollowUp.overdueRank(level),
        FollowUp.overdueRank(level == null ? Level.REMINDER : level), everyStructure,
        groups.isEmpty() ? List.of("-") : groups, org.springframework.data.domain.PageRequest.of(page, size));
  }

  /** Days since the candidate was last met (or since the CCE, if never). */
  public long daysWithoutContact(FollowUp followUp) {
    LocalDate last = followUp.getLastContactAt() == null ? followUp.getEventDate() : followUp.getLastContactAt();
    return java.time.temporal.ChronoUnit.DAYS.between(last, LocalDate.now(clock));
  }

  /** A candidate's follow-ups, for their timeline. */
  @Transactional(readOnly = true)
  public List<FollowUp> ofCandidate(long candidateId) {
    return followUps.findByCandidateIdOrderByEventDate(candidateId);
  }

  /** Ends each open follow-up of the candidate through its process, with the outcome "other" and this comment. */
  @Transactional
  public void closeAll(long candidateId, String comment) {
    followUps.findByCandidateIdAndStatusNot(candidateId, Status.CLOSED).forEach(open ->
        engineAccess.asSystem(() -> correlateClosure(open.getReference(), Outcome.OTHER, comment)));
  }

  /** Clears the free texts written about the candidate in their follow-ups. */
  @Transactional
  public void forgetComments(long candidateId) {
    followUps.findByCandidateIdOrderByEventDate(candidateId).forEach(FollowUp::forgetComments);
  }

  /** The candidate's follow-up still open (active or paused), if any. */
  @Transactional(readOnly = true)
  public java.util.Optional<FollowUp> openOf(long candidateId) {
    return followUps.findByCandidateIdAndStatusNot(candidateId, Status.CLOSED).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<FollowUpEscalation> escalationsOf(String reference) {
    return escalations.findByFollowUpReferenceOrderByEscalatedAt(reference);
  }

  /** The candidate was seen (e.g. at a reconnection meeting) without the step being done. */
  @Transactional
  void contacted(String reference, LocalDate date) {
    find(reference).contacted(date);
  }

  /** The next step's deadlines count from {@code startedAt}. */
  @Transactional
  Date recordMeeting(String reference, LocalDate date) {
    find(reference).met(date);
    return startOf(date);
  }

  /**
   * The proposal is recorded; an open drive's offer refers the candidate to it in the referent's name
   * (their structure gets the reference), and "the next CCE" invites them to their town's next one.
   */
  @Transactional
  Date recordProposal(String reference, Proposal type, String details, String driveReference) {
    LocalDate today = LocalDate.now(clock);
    FollowUp followUp = find(reference);
    followUp.proposed(type, details, today);
    if (type == Proposal.OFFER && driveReference != null) {
      referrals.referOnBehalf(driveReference, followUp.getCandidate().getId(), details, followUp.getReferentUserId());
    } else if (type == Proposal.NEXT_CCE) {
      events.publishEvent(new NextCceProposed(followUp.getCandidate().getId(), reference, followUp.getReferentUserId()));
    }
    return startOf(today);
  }

  /** Follow-ups waiting for the next CCE of their candidate's town (proposed, still open). */
  @Transactional(readOnly = true)
  public List<FollowUp> awaitingNextCce() {
    return followUps.findByStatusNotAndProposalType(Status.CLOSED, Proposal.NEXT_CCE);
  }

  /**
   * A monthly check-in: an outcome closes the follow-up, so does the maximum duration; otherwise the
   * next check-in counts from today.
   *
   * @return whether the follow-up is closed
   */
  @Transactional
  boolean recordCheckIn(String reference, FollowUpEnums.CheckIn result, String notes) {
    FollowUp followUp = find(reference);
    if (result != FollowUpEnums.CheckIn.CONTINUE) {
      followUp.close(Outcome.valueOf(result.name()), notes, clock.instant());
      reviewIfUnresolved(followUp);
      return true;
    }
    if (!clock.instant().isBefore(followUp.getCreatedAt().plus(deadlines.maxDuration()))) {
      followUp.close(Outcome.MAX_DURATION, notes, clock.instant());
      reviewIfUnresolved(followUp);
      return true;
    }
    followUp.checkedIn(LocalDate.now(clock));
    return false;
  }

  /** What has been recorded, as the next forms show it (Markdown, dates as dd/mm/yyyy). */
  @Transactional(readOnly = true)
  String history(String reference, String meetingNotes) {
    FollowUp followUp = find(reference);
    StringBuilder history = new StringBuilder(messages.say("followUp.history." + followUp.getOrigin(),
        FrenchDates.day(followUp.getEventDate())));
    if (followUp.getMetAt() != null) {
      history.append("\n\n").append(messages.say("followUp.history.met",
          FrenchDates.day(followUp.getMetAt()), meetingNotes == null ? "—" : meetingNotes));
    }
    if (followUp.getProposalType() != null) {
      history.append("\n\n").append(messages.say("followUp.history.proposal",
          messages.say("followUp.proposal." + followUp.getProposalType()),
          followUp.getProposalDetails()));
    }
    LocalDate last = followUp.getLastContactAt() == null ? followUp.getEventDate() : followUp.getLastContactAt();
    history.append("\n\n").append(messages.say("followUp.history.lastContact",
        FrenchDates.day(last), daysWithoutContact(followUp)));
    return history.toString();
  }

  /** Pauses the follow-up (hospital, move…): no reminder until {@code resumeDate}, deadlines restart then. */
  @Transactional
  public FollowUp pause(String reference, String reason, LocalDate resumeDate) {
    FollowUp followUp = visible(reference);
    if (resumeDate.isAfter(LocalDate.now(clock).plusYears(1))) {
      throw new InvalidInputException("resumeDate", messages.say("followUp.resumeDate.range"));
    }
    if (followUp.getStatus() != Status.ACTIVE) {
      throw new ConflictException(messages.say("followUp.notActive", reference));
    }
    followUp.pause(reason, resumeDate);
    engineAccess.asSystem(() -> runtimeService.createMessageCorrelation(FollowUpProcess.PAUSED_MESSAGE)
        .processInstanceBusinessKey(reference).setVariable(Vars.RESUME_AT.name(), startOf(resumeDate)).correlate());
    return followUp;
  }

  /** Closes the follow-up now with its outcome (a job found before the meeting, contact lost…). */
  @Transactional
  public FollowUp closeNow(String reference, Outcome outcome, String comment) {
    FollowUp followUp = visible(reference);
    if (followUp.getStatus() == Status.CLOSED || outcome == Outcome.MAX_DURATION) {
      throw new ConflictException(messages.say("followUp.closed", reference));
    }
    engineAccess.asSystem(() -> correlateClosure(reference, outcome, comment));
    return find(reference);
  }

  /** A confirmed hire ends the candidate's open follow-ups with the outcome "job", through their processes. */
  @EventListener
  void closeOnHire(CandidateHired hired) {
    String comment = messages.say("followUp.closedByHire", hired.driveReference());
    followUps.findByCandidateIdAndStatusNot(hired.candidateId(), Status.CLOSED).forEach(open ->
        engineAccess.asSystem(() -> correlateClosure(open.getReference(), Outcome.JOB, comment)));
  }

  private void correlateClosure(String reference, Outcome outcome, String comment) {
    runtimeService.createMessageCorrelation(FollowUpProcess.CLOSED_MESSAGE).processInstanceBusinessKey(reference)
        .setVariable(Vars.OUTCOME.name(), outcome.name()).setVariable(Vars.OUTCOME_COMMENT.name(), comment).correlate();
  }

  @Transactional
  void recordClosure(String reference, Outcome outcome, String comment) {
    FollowUp followUp = find(reference);
    followUp.close(outcome, comment, clock.instant());
    reviewIfUnresolved(followUp);
  }

  /** Resumes a paused follow-up before its resume date. */
  @Transactional
  public FollowUp resumeNow(String reference) {
    FollowUp followUp = visible(reference);
    if (followUp.getStatus() != Status.PAUSED) {
      throw new ConflictException(messages.say("followUp.notPaused", reference));
    }
    engineAccess.asSystem(() -> runtimeService.createMessageCorrelation(FollowUpProcess.RESUMED_MESSAGE)
        .processInstanceBusinessKey(reference).correlate());
    return find(reference);
  }

  /** @return when the resumed step's deadlines start counting (now) */
  @Transactional
  Date resumed(String reference) {
    find(reference).resume();
    return Date.from(clock.instant());
  }

  /**
   * The follow-up's own instance. A plain query: the engine's query by business key evaluates all of its
   * dynamic SQL's conditions at each call, which was the largest part of an escalation (docs/adr/0009).
   */
  @Transactional(readOnly = true)
  ProcessInstance instanceOf(String reference) {
    return runtimeService.createNativeProcessInstanceQuery().sql(instanceSql)
        .parameter("reference", reference).parameter("key", FollowUpProcess.KEY).singleResult();
  }

  /** The referent as people say it (first and last name), never their login. */
  private String referentName(FollowUp followUp) {
    return names.of(followUp.getReferentUserId());
  }

  private Date startOf(LocalDate date) {
    return Date.from(date.atStartOfDay(clock.getZone()).toInstant());
  }
}
