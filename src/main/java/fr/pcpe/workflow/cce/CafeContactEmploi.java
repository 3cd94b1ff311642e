package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.common.ReferencedEntity;
import fr.pcpe.workflow.employer.JobOffer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A Café Contact Emploi: a small job-dating event with real offers to fill quickly. */
@Entity
@Table(name = "cafe_contact_emploi")
public class CafeContactEmploi extends ReferencedEntity {

  @Override
  protected String idSequence() {
    return "cafe_contact_emploi_seq";
  }

  @Override
  protected String referenceFormat() {
    return "CCE-%d-%03d";
  }

  public enum Status { PLANNING, INVITING, HELD, REPORTED }

  private String city;

  private String venue;

  private String audience;

  private LocalDate eventDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @ManyToMany
  @JoinTable(name = "cce_offer", joinColumns = @JoinColumn(name = "cce_id"),
      inverseJoinColumns = @JoinColumn(name = "job_offer_id"))
  private Set<JobOffer> offers = new HashSet<>();

  protected CafeContactEmploi() {
  }

  CafeContactEmploi(Instant now) {
    this.status = Status.PLANNING;
    this.createdAt = now;
  }

  void plan(String city, String venue, String audience, LocalDate eventDate) {
    this.city = city;
    this.venue = venue;
    this.audience = audience;
    this.eventDate = eventDate;
  }

  void offer(Set<JobOffer> offers) {
    this.offers.clear();
    this.offers.addAll(offers);
    this.status = Status.INVITING;
  }

  void held() {
    this.status = Status.HELD;
  }

  void reported() {
    this.status = Status.REPORTED;
  }

  public String getCity() {
    return city;
  }

  public String getVenue() {
    return venue;
  }

  public String getAudience() {
    return audience;
  }

  public LocalDate getEventDate() {
    return eventDate;
  }

  public Status getStatus() {
    return status;
  }

  public Set<JobOffer> getOffers() {
    return offers;
  }
}
