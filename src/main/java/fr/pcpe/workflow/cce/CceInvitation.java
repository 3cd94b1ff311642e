package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.candidate.Candidate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A candidate invited to a CCE by their structure, and what happened on the day. */
@Entity
public class CceInvitation {

  public enum Outcome { HIRED, SHORTLISTED, NOTHING_YET }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "cce_id")
  private CafeContactEmploi cce;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Candidate candidate;

  @Column(nullable = false)
  private String invitedBy;

  private Boolean attended;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String followUpReference;

  @Column(nullable = false)
  private Instant createdAt;

  protected CceInvitation() {
  }

  CceInvitation(CafeContactEmploi cce, Candidate candidate, String invitedBy, Instant now) {
    this.cce = cce;
    this.candidate = candidate;
    this.invitedBy = invitedBy;
    this.createdAt = now;
  }

  void record(boolean attended, Outcome outcome) {
    this.attended = attended;
    this.outcome = attended ? outcome : null;
  }

  void followedUpBy(String reference) {
    this.followUpReference = reference;
  }

  /** Attended and left without a job (or, when they are followed too, did not come): a follow-up must start. */
  boolean needsFollowUp(boolean followNoShows) {
    return Boolean.TRUE.equals(attended) ? outcome != Outcome.HIRED : followNoShows;
  }

  public CafeContactEmploi getCce() {
    return cce;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getId() {
    return id;
  }

  public Candidate getCandidate() {
    return candidate;
  }

  public String getInvitedBy() {
    return invitedBy;
  }

  public Boolean getAttended() {
    return attended;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getFollowUpReference() {
    return followUpReference;
  }
}
