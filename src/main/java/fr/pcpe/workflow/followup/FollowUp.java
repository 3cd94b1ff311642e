package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.common.ReferencedEntity;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Origin;
import fr.pcpe.workflow.followup.FollowUpEnums.Outcome;
import fr.pcpe.workflow.followup.FollowUpEnums.Proposal;
import fr.pcpe.workflow.followup.FollowUpEnums.Status;
import fr.pcpe.workflow.followup.FollowUpEnums.Step;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.system.security.Caller;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.time.LocalDate;

/** The follow-up of one candidate who left a CCE without a job, or lost their job, by a named referent. */
@Entity
public class FollowUp extends ReferencedEntity {

  @Override
  protected String idSequence() {
    return "follow_up_seq";
  }

  @Override
  protected String referenceFormat() {
    return "SUI-%d-%05d";
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Candidate candidate;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private PartnerStructure structure;

  @Column(nullable = false)
  private String referentUserId;

  @Column(nullable = false)
  private LocalDate eventDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Origin origin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Step currentStep;

  @Enumerated(EnumType.STRING)
  private Level escalationLevel;

  private LocalDate metAt;

  @Enumerated(EnumType.STRING)
  private Proposal proposalType;

  private String proposalDetails;

  private LocalDate proposedAt;

  private LocalDate pausedUntil;

  private String pauseReason;

  private LocalDate lastContactAt;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String outcomeComment;

  private Instant closedAt;

  /**
   * Where a late follow-up comes in the list of late ones ({@link #overdueRank(Level)}), none when it is not
   * late: with {@link #waitingSince}, the order of an index that pages the list without sorting it.
   */
  private Integer overdueRank;

  /** Since when the candidate waits: the last contact, or the CCE if never met. */
  @Column(nullable = false)
  private LocalDate waitingSince;

  protected FollowUp() {
  }

  FollowUp(Candidate candidate, String referentUserId, Origin origin, LocalDate eventDate, Instant now) {
    this.candidate = candidate;
    this.origin = origin;
    this.structure = candidate.getStructure();
    this.referentUserId = referentUserId;
    this.eventDate = eventDate;
    this.status = Status.ACTIVE;
    this.currentStep = Step.MEET;
    this.createdAt = now;
  }

  /** A new step starts: its deadlines count from now, nobody above the referent is concerned yet. */
  void moveTo(Step step) {
    this.currentStep = step;
    this.escalationLevel = null;
  }

  void met(LocalDate date) {
    this.metAt = date;
    this.lastContactAt = date;
    candidate.contactedOn(date);
    moveTo(Step.PROPOSE);
  }

  void proposed(Proposal type, String details, LocalDate today) {
    this.proposalType = type;
    this.proposalDetails = details;
    this.proposedAt = today;
    this.lastContactAt = today;
    candidate.contactedOn(today);
    moveTo(Step.CHECK_IN);
  }

  void checkedIn(LocalDate today) {
    this.lastContactAt = today;
    candidate.contactedOn(today);
    moveTo(Step.CHECK_IN);
  }

  /** Another referent of the structure takes the follow-up over (the coordination's decision). */
  void handTo(String referentUserId) {
    this.referentUserId = referentUserId;
  }

  void contacted(LocalDate date) {
    if (lastContactAt == null || date.isAfter(lastContactAt)) {
      lastContactAt = date;
    }
    candidate.contactedOn(date);
  }

  /** The free texts about the person go (an erasure, the end of the retention period). */
  void forgetComments() {
    this.proposalDetails = null;
    this.outcomeComment = null;
    this.pauseReason = null;
  }

  /** Late follow-ups come most escalated first: 0 when raised to the coordinators, then the heads, then a reminder. */
  static int overdueRank(Level level) {
    return Level.values().length - 1 - level.ordinal();
  }

  @PrePersist
  @PreUpdate
  void rankAmongOverdue() {
    // a paused follow-up waits for its resume date, it is not late (nor is a closed one)
    overdueRank = status != Status.ACTIVE || escalationLevel == null ? null : overdueRank(escalationLevel);
    waitingSince = lastContactAt == null ? eventDate : lastContactAt;
  }

  void escalated(Level level) {
    if (escalationLevel == null || level.ordinal() > escalationLevel.ordinal()) {
      escalationLevel = level;
    }
  }

  void pause(String reason, LocalDate until) {
    this.status = Status.PAUSED;
    this.pauseReason = reason;
    this.pausedUntil = until;
  }

  void resume() {
    this.status = Status.ACTIVE;
    this.pausedUntil = null;
    this.escalationLevel = null;
  }

  void close(Outcome outcome, String comment, Instant now) {
    this.status = Status.CLOSED;
    this.currentStep = Step.CLOSE;
    this.outcome = outcome;
    this.outcomeComment = comment;
    this.closedAt = now;
  }

  public Candidate getCandidate() {
    return candidate;
  }

  public PartnerStructure getStructure() {
    return structure;
  }

  /** Who may see and act on this follow-up: PCPE staff, the candidate's structure and its heads. */
  public boolean visibleTo(Caller caller) {
    return caller.maySee(structure.getGroupId());
  }

  public String getReferentUserId() {
    return referentUserId;
  }

  public Origin getOrigin() {
    return origin;
  }

  public LocalDate getEventDate() {
    return eventDate;
  }

  public Status getStatus() {
    return status;
  }

  public Step getCurrentStep() {
    return currentStep;
  }

  public Level getEscalationLevel() {
    return escalationLevel;
  }

  public LocalDate getMetAt() {
    return metAt;
  }

  public LocalDate getLastContactAt() {
    return lastContactAt;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getOutcomeComment() {
    return outcomeComment;
  }

  /** Whether the follow-up ended in a job (for the CCE's report). */
  public boolean endedInJob() {
    return outcome == Outcome.JOB;
  }

  public String getProposalDetails() {
    return proposalDetails;
  }

  public LocalDate getProposedAt() {
    return proposedAt;
  }

  public Proposal getProposalType() {
    return proposalType;
  }
}
