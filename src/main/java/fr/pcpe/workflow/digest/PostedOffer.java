package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.common.ContractType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** An offer a coordinator records for the hebdo, outside any drive (an employer at a CCE, a partner's offer). */
@Entity
public class PostedOffer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String employerName;

  @Column(nullable = false)
  private String romeCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContractType contractType;

  @Column(nullable = false)
  private String commune;

  @Column(nullable = false)
  private LocalDate closingDate;

  private String details;

  @Column(nullable = false)
  private String postedBy;

  @Column(nullable = false)
  private Instant createdAt;

  protected PostedOffer() {
  }

  PostedOffer(OfferForm form, String postedBy, Instant now) {
    this.title = form.title().strip();
    this.employerName = form.employerName().strip();
    this.romeCode = form.romeCode().strip().toUpperCase(java.util.Locale.ROOT);
    this.contractType = form.contractType();
    this.commune = form.commune().strip();
    this.closingDate = form.closingDate();
    this.details = form.details();
    this.postedBy = postedBy;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getEmployerName() {
    return employerName;
  }

  public String getRomeCode() {
    return romeCode;
  }

  public ContractType getContractType() {
    return contractType;
  }

  public String getCommune() {
    return commune;
  }

  public LocalDate getClosingDate() {
    return closingDate;
  }
}
