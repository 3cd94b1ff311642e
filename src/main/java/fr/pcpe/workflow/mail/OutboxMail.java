package fr.pcpe.workflow.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An email waiting to be sent, sent, or given up after days of attempts and shown to the coordination, who may
 * send it again (queued by {@link MailService}'s own insert).
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  enum Status { PENDING, SENDING, SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String dedupKey;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private int attempts;

  private String lastError;

  private Instant claimedAt;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant sentAt;

  private Instant nextAttemptAt;

  private Instant retrySince;

  protected OutboxMail() {
  }

  void sent(Instant now) {
    status = Status.SENT;
    sentAt = now;
    attempts++;
  }

  void failed(String error, Instant now, MailSettings settings) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    nextAttemptAt = settings.nextAttempt(now, retrySince == null ? createdAt : retrySince, attempts);
    status = nextAttemptAt == null ? Status.FAILED : Status.PENDING;
  }

  /** The coordination sends a given-up mail again: tried at once, then for as long as a new one. */
  void resend(Instant now) {
    status = Status.PENDING;
    retrySince = now;
    nextAttemptAt = null;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Long getId() {
    return id;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }
}
