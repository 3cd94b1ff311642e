package fr.pcpe.workflow.referral;

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
import java.time.LocalDate;

/** The employer asked, a month or six after a hire started: whether the person is still employed, how it goes. */
@Entity
public class RetentionCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Hire hire;

  private int months;

  @Column(nullable = false)
  private LocalDate dueOn;

  private Instant answeredAt;

  private Boolean stillEmployed;

  private LocalDate leftOn;

  @Enumerated(EnumType.STRING)
  private Satisfaction satisfaction;

  private String comment;

  @Column(nullable = false)
  private Instant createdAt;

  protected RetentionCheck() {
  }

  RetentionCheck(Hire hire, int months, Instant now) {
    this.hire = hire;
    this.months = months;
    this.dueOn = hire.getStartDate().plusMonths(months);
    this.createdAt = now;
  }

  void answer(RetentionAnswer answer, Instant now) {
    this.answeredAt = now;
    this.stillEmployed = !answer.left();
    this.leftOn = answer.left() ? answer.leftOn() : null;
    this.satisfaction = answer.satisfaction();
    this.comment = answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip();
  }

  /** The employer's words leave with the person's data (the answer itself stays, for the figures). */
  public void forgetComment() {
    this.comment = null;
  }

  public Hire getHire() {
    return hire;
  }

  public int getMonths() {
    return months;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Boolean getStillEmployed() {
    return stillEmployed;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }

  public String getComment() {
    return comment;
  }
}
