package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Step;
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

/** One escalation of a late step: when, and to whom (its level). */
@Entity
public class FollowUpEscalation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private FollowUp followUp;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Step step;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Level level;

  @Column(nullable = false)
  private Instant escalatedAt;

  /** The candidate said nobody had contacted them (rather than a deadline passing). */
  private boolean raisedByCandidate;

  protected FollowUpEscalation() {
  }

  FollowUpEscalation(FollowUp followUp, Step step, Level level, Instant at, boolean raisedByCandidate) {
    this.followUp = followUp;
    this.step = step;
    this.level = level;
    this.escalatedAt = at;
    this.raisedByCandidate = raisedByCandidate;
  }

  FollowUp getFollowUp() {
    return followUp;
  }

  public boolean isRaisedByCandidate() {
    return raisedByCandidate;
  }

  public Step getStep() {
    return step;
  }

  public Level getLevel() {
    return level;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }
}
