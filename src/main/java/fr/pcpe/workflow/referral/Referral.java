package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.common.ReferencedEntity;
import fr.pcpe.workflow.drive.RecruitmentDrive;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.system.security.Caller;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;

/** A candidate referred by a partner structure to a recruitment drive; one per candidate and drive. */
@Entity
public class Referral extends ReferencedEntity {

  @Override
  protected String idSequence() {
    return "referral_seq";
  }

  @Override
  protected String referenceFormat() {
    return "ORI-%d-%05d";
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private RecruitmentDrive drive;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Candidate candidate;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private PartnerStructure structure;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralStatus status;

  @Enumerated(EnumType.STRING)
  private RefusalReason outcomeReason;

  private String outcomeComment;

  private String submissionComment;

  private LocalDate interviewDate;

  private int employerReminders;

  private boolean inPool;

  @Column(nullable = false)
  private String submittedBy;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Referral() {
  }

  Referral(RecruitmentDrive drive, Candidate candidate, String submittedBy, String comment, Instant now) {
    this.drive = drive;
    this.candidate = candidate;
    this.structure = candidate.getStructure();
    this.submittedBy = submittedBy;
    this.submissionComment = comment;
    this.status = ReferralStatus.SUBMITTED;
    candidate.contacted(now);
    this.createdAt = now;
    this.updatedAt = now;
  }

  void moveTo(ReferralStatus next, Instant now) {
    this.status = next;
    this.updatedAt = now;
  }

  void close(ReferralStatus outcome, RefusalReason reason, String comment, Instant now) {
    moveTo(outcome, now);
    this.outcomeReason = reason;
    this.outcomeComment = comment;
  }

  /** The free texts about the person go (an erasure, the end of the retention period). */
  void forgetComments() {
    this.submissionComment = null;
    this.outcomeComment = null;
  }

  void planInterview(LocalDate date, Instant now) {
    moveTo(ReferralStatus.INTERVIEW_PLANNED, now);
    this.interviewDate = date;
    candidate.contactedOn(date);
  }

  void employerReminded(Instant now) {
    this.employerReminders++;
    this.updatedAt = now;
  }

  void putInPool() {
    this.inPool = true;
  }

  /** Still under way: not refused, hired, not hired, withdrawn or expired. */
  public boolean isActive() {
    return status == ReferralStatus.SUBMITTED || status == ReferralStatus.SENT_TO_EMPLOYER
        || status == ReferralStatus.INTERVIEW_PLANNED;
  }

  public RecruitmentDrive getDrive() {
    return drive;
  }

  public Candidate getCandidate() {
    return candidate;
  }

  public PartnerStructure getStructure() {
    return structure;
  }

  /**
   * Who may see this referral: whoever may see its structure's people (PCPE staff, the structure, its heads), and
   * the drive's employer once the candidate was sent to them (never a pre-selection or a refusal).
   */
  public boolean visibleTo(Caller caller) {
    return caller.maySee(structure.getGroupId()) || caller.isMemberOf(drive.getEmployer().getGroupId())
        && status != ReferralStatus.SUBMITTED && status != ReferralStatus.REFUSED;
  }

  /** Who may withdraw it: the referring structure's people. */
  public boolean withdrawableBy(Caller caller) {
    return caller.isMemberOf(structure.getGroupId());
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public RefusalReason getOutcomeReason() {
    return outcomeReason;
  }

  /** What the referring structure wrote about the candidate. */
  public String getSubmissionComment() {
    return submissionComment;
  }

  public String getOutcomeComment() {
    return outcomeComment;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public LocalDate getInterviewDate() {
    return interviewDate;
  }

  public int getEmployerReminders() {
    return employerReminders;
  }

  public boolean isInPool() {
    return inPool;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }
}
