package fr.pcpe.workflow.employer;

import fr.pcpe.workflow.common.ContractType;
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
import java.util.Objects;

/** An employer's open positions for one job (ROME code), published to the network. */
@Entity
public class JobOffer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Employer employer;

  @Column(nullable = false)
  private String title;

  /** ROME code of the job, e.g. N1103 (order picker). */
  @Column(nullable = false, length = 5)
  private String romeCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContractType contractType;

  private int positions;

  @Column(nullable = false)
  private String place;

  private LocalDate startDate;

  private String prerequisites;

  @Column(name = "is_open")
  private boolean open;

  @Column(nullable = false)
  private Instant createdAt;

  protected JobOffer() {
  }

  public JobOffer(Employer employer, String title, String romeCode, ContractType contractType,
      int positions, String place) {
    if (romeCode == null || !romeCode.matches("[A-N]\\d{4}")) {
      throw new IllegalArgumentException("ROME code must be a letter A-N and 4 digits: " + romeCode);
    }
    if (positions <= 0) {
      throw new IllegalArgumentException("positions must be positive: " + positions);
    }
    this.employer = Objects.requireNonNull(employer);
    this.title = Objects.requireNonNull(title);
    this.romeCode = romeCode;
    this.contractType = Objects.requireNonNull(contractType);
    this.positions = positions;
    this.place = Objects.requireNonNull(place);
    this.open = true;
    this.createdAt = Instant.now();
  }

  public JobOffer startingOn(LocalDate startDate, String prerequisites) {
    this.startDate = startDate;
    this.prerequisites = prerequisites;
    return this;
  }

  public Long getId() {
    return id;
  }

  public Employer getEmployer() {
    return employer;
  }

  public String getTitle() {
    return title;
  }

  public String getRomeCode() {
    return romeCode;
  }

  public ContractType getContractType() {
    return contractType;
  }

  public int getPositions() {
    return positions;
  }

  public String getPlace() {
    return place;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public String getPrerequisites() {
    return prerequisites;
  }

  public boolean isOpen() {
    return open;
  }
}
