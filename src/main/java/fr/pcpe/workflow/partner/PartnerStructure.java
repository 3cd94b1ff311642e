package fr.pcpe.workflow.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A field structure (ACI, association, France Travail agency…) that refers and follows candidates. */
@Entity
public class PartnerStructure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StructureType type;

  private String city;

  @Column(nullable = false)
  private String email;

  /** Where escalations about this structure's late follow-ups go. */
  private String headEmail;

  /** The Camunda group of this structure's users. */
  @Column(unique = true)
  private String groupId;

  private String siret;

  @Column(nullable = false)
  private boolean active = true;

  @Column(nullable = false)
  private Instant createdAt;

  protected PartnerStructure() {
  }

  public PartnerStructure(String name, StructureType type, String city, String email, String headEmail) {
    this.name = name;
    this.type = type;
    this.city = city;
    this.email = email;
    this.headEmail = headEmail;
    this.createdAt = Instant.now();
  }

  /** The structure's details as the PCPE edits them (its group stays). */
  public void update(String name, StructureType type, String city, String email, String headEmail, String siret) {
    this.name = name;
    this.type = type;
    this.city = city;
    this.email = email;
    this.headEmail = headEmail;
    this.siret = siret;
  }

  /** No longer mobilized nor offered; its people are deactivated with it. */
  public void deactivate() {
    this.active = false;
  }

  public String getSiret() {
    return siret;
  }

  public boolean isActive() {
    return active;
  }

  void assignGroup(String groupId) {
    this.groupId = groupId;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public StructureType getType() {
    return type;
  }

  public String getCity() {
    return city;
  }

  public String getEmail() {
    return email;
  }

  public String getHeadEmail() {
    return headEmail;
  }

  public String getGroupId() {
    return groupId;
  }
}
