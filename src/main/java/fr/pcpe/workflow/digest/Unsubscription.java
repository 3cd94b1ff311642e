package fr.pcpe.workflow.digest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person of the network who does not want the hebdo any more. */
@Entity
@Table(name = "digest_unsubscription")
class Unsubscription {

  @Id
  private String userId;

  @Column(nullable = false)
  private Instant unsubscribedAt;

  protected Unsubscription() {
  }

  Unsubscription(String userId, Instant now) {
    this.userId = userId;
    this.unsubscribedAt = now;
  }

  String getUserId() {
    return userId;
  }
}
