package fr.pcpe.workflow.incubation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A company, foundation, local authority or fund that partners or funds projects. */
@Entity
public class PartnerOrganization {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  @Column(nullable = false)
  private Instant createdAt;

  protected PartnerOrganization() {
  }

  PartnerOrganization(String name, Instant now) {
    this.name = name;
    this.createdAt = now;
  }

  public String getName() {
    return name;
  }
}
