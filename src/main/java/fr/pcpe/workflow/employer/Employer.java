package fr.pcpe.workflow.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A company that hires through the PCPE, identified by its SIRET. */
@Entity
public class Employer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 14)
  private String siret;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sector sector;

  @Column(nullable = false)
  private String contactName;

  @Column(nullable = false)
  private String contactEmail;

  private String contactPhone;

  /** The Camunda group of this employer's users. */
  @Column(nullable = false, unique = true)
  private String groupId;

  @Column(nullable = false)
  private Instant createdAt;

  protected Employer() {
  }

  Employer(String siret, String groupId) {
    this.siret = siret;
    this.groupId = groupId;
    this.createdAt = Instant.now();
  }

  void update(String name, Sector sector, String contactName, String contactEmail, String contactPhone) {
    this.name = name;
    this.sector = sector;
    this.contactName = contactName;
    this.contactEmail = contactEmail;
    this.contactPhone = contactPhone;
  }

  public Long getId() {
    return id;
  }

  public String getSiret() {
    return siret;
  }

  public String getName() {
    return name;
  }

  public Sector getSector() {
    return sector;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getGroupId() {
    return groupId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
