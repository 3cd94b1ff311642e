package fr.pcpe.workflow.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One action on a person's data: what, on which candidate (by number only), why, by whom, when. No personal data. */
@Entity
public class PersonalDataAction {

  public enum Kind { EXPORT, ERASURE, CONSENT_WITHDRAWAL, RETENTION }

  /** Why, from a closed list (a free text could hold personal data). */
  public enum Reason { PERSON_REQUEST, NO_LONGER_NEEDED, LEGAL_REQUEST, RETENTION_PERIOD }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind action;

  @Column(nullable = false)
  private Long candidateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Reason reason;

  @Column(nullable = false)
  private String performedBy;

  @Column(nullable = false)
  private Instant performedAt;

  protected PersonalDataAction() {
  }

  PersonalDataAction(Kind action, long candidateId, Reason reason, String performedBy, Instant at) {
    this.action = action;
    this.candidateId = candidateId;
    this.reason = reason;
    this.performedBy = performedBy;
    this.performedAt = at;
  }

  public Kind getAction() {
    return action;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public Reason getReason() {
    return reason;
  }

  public String getPerformedBy() {
    return performedBy;
  }

  public Instant getPerformedAt() {
    return performedAt;
  }
}
