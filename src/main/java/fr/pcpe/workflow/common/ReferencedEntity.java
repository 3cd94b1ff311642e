package fr.pcpe.workflow.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.domain.Persistable;

/**
 * A record people name by its reference (DRV-2026-0007, SUI-2026-00012…), which is also the business key of its
 * process instance: made from the year of creation and the id, both known before the record is written
 * ({@link ReferenceNumbers}), so that it is written once, reference included.
 */
@MappedSuperclass
public abstract class ReferencedEntity implements Persistable<Long> {

  @Id
  protected Long id;

  @Column(unique = true, nullable = false)
  protected String reference;

  @Column(nullable = false)
  protected Instant createdAt;

  /** Whether the record is in the database (Spring Data then merges it rather than inserting it). */
  @Transient
  private boolean stored;

  protected ReferencedEntity() {
  }

  protected ReferencedEntity(Instant createdAt) {
    this.createdAt = createdAt;
  }

  /** The database sequence the ids come from (Flyway's V24). */
  protected abstract String idSequence();

  /** The reference's format from the year and the id, e.g. {@code "DRV-%d-%04d"}. */
  protected abstract String referenceFormat();

  /** Gives a new record its id and its reference, once. */
  void number(long newId, ZoneId zone) {
    if (id != null) {
      throw new IllegalStateException("already numbered: " + reference);
    }
    id = newId;
    reference = referenceFormat().formatted(createdAt.atZone(zone).getYear(), id);
  }

  @PostLoad
  @PostPersist
  void stored() {
    stored = true;
  }

  @Override
  public boolean isNew() {
    return !stored;
  }

  @Override
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
