package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.common.ContractType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.time.LocalDate;

/** A hire confirmed by the employer for one referral. */
@Entity
public class Hire {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  private Referral referral;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContractType contractType;

  @Column(nullable = false)
  private LocalDate startDate;

  private int weeklyHours;

  @Column(nullable = false)
  private String confirmedBy;

  @Column(nullable = false)
  private Instant confirmedAt;

  protected Hire() {
  }

  Hire(Referral referral, HireConfirmation confirmation, String confirmedBy, Instant now) {
    this.referral = referral;
    this.contractType = confirmation.contractType();
    this.startDate = confirmation.startDate();
    this.weeklyHours = confirmation.weeklyHours();
    this.confirmedBy = confirmedBy;
    this.confirmedAt = now;
  }

  public Referral getReferral() {
    return referral;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public ContractType getContractType() {
    return contractType;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public int getWeeklyHours() {
    return weeklyHours;
  }
}
