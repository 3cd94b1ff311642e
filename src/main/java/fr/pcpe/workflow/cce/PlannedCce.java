package fr.pcpe.workflow.cce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A café of the year's plan: where, when, with whom; once started, the CCE's reference. */
@Entity
public class PlannedCce {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private int planYear;

  @Column(nullable = false)
  private String commune;

  @Column(nullable = false)
  private LocalDate plannedOn;

  private String venue;

  private String coOrganisers;

  private String cceReference;

  @Column(nullable = false)
  private Instant createdAt;

  protected PlannedCce() {
  }

  PlannedCce(int planYear, String commune, LocalDate plannedOn, String venue, String coOrganisers, Instant now) {
    this.planYear = planYear;
    this.commune = commune;
    this.plannedOn = plannedOn;
    this.venue = venue;
    this.coOrganisers = coOrganisers;
    this.createdAt = now;
  }

  void started(String reference) {
    this.cceReference = reference;
  }

  public Long getId() {
    return id;
  }

  public String getCommune() {
    return commune;
  }

  public LocalDate getPlannedOn() {
    return plannedOn;
  }

  public String getVenue() {
    return venue;
  }

  public String getCoOrganisers() {
    return coOrganisers;
  }

  public String getCceReference() {
    return cceReference;
  }
}
