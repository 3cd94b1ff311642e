package fr.pcpe.workflow.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A link sent by email: what it is for, whom or what it concerns, until when, and whether it was used. */
@Entity
public class SecureLink {

  /** What a link lets its holder do, and what its page says once it is used or expired (messages.properties). */
  public enum Purpose {
    /** Choose one's password (subject: the user id). */
    PASSWORD("link.password.used", "link.password.expired"),
    /** Decide on one employer task (subject: the task id). */
    EMPLOYER_TASK("link.employer.used", "link.expired"),
    /** See every candidate waiting for an employer's answer (subject: the employer's group); used again. */
    EMPLOYER_OVERVIEW("link.expired", "link.expired"),
    /** The candidate says whether their referent contacted them (subject: the follow-up's reference). */
    CANDIDATE_CONTACT("link.candidate.used", "link.expired"),
    /** Leave the hebdo's mailing list (subject: the user id); it may be used again. */
    DIGEST_UNSUBSCRIBE("link.expired", "link.digest.expired"),
    /** Update a structure's page in the services directory (subject: the structure's group); used once. */
    DIRECTORY_PAGE("link.directory.used", "link.expired"),
    /** Reply to a learning visit's invitation (subject: the invitation's id); used again until the day. */
    VISIT_REPLY("link.expired", "link.visit.expired");

    private final String usedKey;
    private final String expiredKey;

    Purpose(String usedKey, String expiredKey) {
      this.usedKey = usedKey;
      this.expiredKey = expiredKey;
    }

    String usedKey() {
      return usedKey;
    }

    String expiredKey() {
      return expiredKey;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Purpose purpose;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false, unique = true)
  private String tokenHash;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant expiresAt;

  private Instant usedAt;

  protected SecureLink() {
  }

  SecureLink(Purpose purpose, String subject, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.purpose = purpose;
    this.subject = subject;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }

  public Long getId() {
    return id;
  }
}
