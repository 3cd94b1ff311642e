package fr.pcpe.workflow.common;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A record people name by its reference (DRV-2026-0007, SUI-2026-00012…), which is also the business
 * key of its process instance: made once from the year of creation and the database id.
 */
@MappedSuperclass
public abstract class ReferencedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  protected Long id;

  @Column(unique = true)
  protected String reference;

  @Column(nullable = false)
  protected Instant createdAt;

  protected ReferencedEntity() {
  }

  protected ReferencedEntity(Instant createdAt) {
    this.createdAt = createdAt;
  }

  /** The reference's format from the year and the id, e.g. {@code "DRV-%d-%04d"}. */
  protected abstract String referenceFormat();

  /** Sets the reference once the id exists (after the first flush). */
  public void assignReference(ZoneId zone) {
    if (reference == null) {
      reference = referenceFormat().formatted(createdAt.atZone(zone).getYear(), id);
    }
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
