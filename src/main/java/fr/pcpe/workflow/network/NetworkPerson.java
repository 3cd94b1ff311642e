package fr.pcpe.workflow.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** A person of the network: their Camunda user, where they work and as what, whether they may still log in. */
@Entity
public class NetworkPerson {

  /** What a person does: a structure's referent or head, an employer's contact. */
  public enum Role { REFERENT, HEAD, EMPLOYER_CONTACT }

  /** Where a person works. */
  public enum OrganizationKind { STRUCTURE, EMPLOYER }

  @Id
  private String userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganizationKind organizationKind;

  @Column(nullable = false)
  private Long organizationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(nullable = false)
  private boolean active;

  @Column(nullable = false)
  private Instant invitedAt;

  private Instant lastLoginAt;

  protected NetworkPerson() {
  }

  NetworkPerson(String userId, OrganizationKind organizationKind, Long organizationId, Role role, Instant invitedAt) {
    this.userId = userId;
    this.organizationKind = organizationKind;
    this.organizationId = organizationId;
    this.role = role;
    this.active = true;
    this.invitedAt = invitedAt;
  }

  void deactivate() {
    this.active = false;
  }

  void loggedIn(Instant at) {
    this.lastLoginAt = at;
  }

  public String getUserId() {
    return userId;
  }

  public OrganizationKind getOrganizationKind() {
    return organizationKind;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public Role getRole() {
    return role;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
