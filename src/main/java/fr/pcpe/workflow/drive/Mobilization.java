package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.partner.PartnerStructure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A partner structure asked to refer candidates to a drive: committed (how many), declined, silent. */
@Entity
public class Mobilization {

  public enum Status { REQUESTED, COMMITTED, DECLINED, NO_ANSWER }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private RecruitmentDrive drive;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private PartnerStructure structure;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private Integer committedCandidates;

  private String answerComment;

  private int reminders;

  @Column(nullable = false)
  private Instant requestedAt;

  private Instant answeredAt;

  protected Mobilization() {
  }

  Mobilization(RecruitmentDrive drive, PartnerStructure structure, Instant now) {
    this.drive = drive;
    this.structure = structure;
    this.status = Status.REQUESTED;
    this.requestedAt = now;
  }

  void answer(Status answer, Integer committedCandidates, String comment, Instant now) {
    this.status = answer;
    this.committedCandidates = committedCandidates;
    this.answerComment = comment;
    this.answeredAt = now;
  }

  void reminded() {
    reminders++;
  }

  public PartnerStructure getStructure() {
    return structure;
  }

  RecruitmentDrive getDrive() {
    return drive;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Status getStatus() {
    return status;
  }

  public Integer getCommittedCandidates() {
    return committedCandidates;
  }

  public int getReminders() {
    return reminders;
  }
}
