package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.ReferencedEntity;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.employer.JobOffer;
import fr.pcpe.workflow.system.security.Caller;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An employer's recruitment run through the PCPE; its reference is the process business key. */
@Entity
public class RecruitmentDrive extends ReferencedEntity {

  @Override
  protected String idSequence() {
    return "recruitment_drive_seq";
  }

  @Override
  protected String referenceFormat() {
    return "DRV-%d-%04d";
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DriveStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  private Employer employer;

  @ManyToOne(fetch = FetchType.LAZY)
  private JobOffer jobOffer;

  private String needDescription;

  private Integer targetHires;

  private int hiresCount;

  private LocalDate deadline;

  private Integer monthlyRhythm;

  @Enumerated(EnumType.STRING)
  private ClosingReason closingReason;

  private String closingReport;

  @Version
  private long version;

  protected RecruitmentDrive() {
  }

  RecruitmentDrive(Instant createdAt) {
    this.status = DriveStatus.ONBOARDING;
    this.createdAt = createdAt;
  }

  void employerOnboarded(Employer employer, String needDescription) {
    this.employer = employer;
    this.needDescription = needDescription;
    this.status = DriveStatus.EMPLOYER_ONBOARDED;
  }

  void open(JobOffer offer, int targetHires, LocalDate deadline, Integer monthlyRhythm) {
    if (status != DriveStatus.EMPLOYER_ONBOARDED) {
      throw new IllegalStateException(reference + " cannot open from " + status);
    }
    this.jobOffer = offer;
    this.targetHires = targetHires;
    this.deadline = deadline;
    this.monthlyRhythm = monthlyRhythm;
    this.status = DriveStatus.OPEN;
  }

  ClosingReason close(LocalDate today) {
    if (status == DriveStatus.CLOSED) {
      return closingReason;
    }
    if (targetHires != null && hiresCount >= targetHires) {
      closingReason = ClosingReason.TARGET_REACHED;
    } else if (deadline != null && !today.isBefore(deadline)) {
      closingReason = ClosingReason.DEADLINE;
    } else {
      closingReason = ClosingReason.COORDINATOR_DECISION;
    }
    status = DriveStatus.CLOSED;
    return closingReason;
  }

  void closingReport(String report) {
    this.closingReport = report;
  }

  public String getClosingReport() {
    return closingReport;
  }

  public ClosingReason getClosingReason() {
    return closingReason;
  }

  public DriveStatus getStatus() {
    return status;
  }

  public Employer getEmployer() {
    return employer;
  }

  /** Who may see this drive: PCPE staff, and its employer's people. */
  public boolean visibleTo(Caller caller) {
    return caller.isStaff() || employer != null && caller.isMemberOf(employer.getGroupId());
  }

  public JobOffer getJobOffer() {
    return jobOffer;
  }

  public String getNeedDescription() {
    return needDescription;
  }

  public Integer getTargetHires() {
    return targetHires;
  }

  public int getHiresCount() {
    return hiresCount;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Integer getMonthlyRhythm() {
    return monthlyRhythm;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
