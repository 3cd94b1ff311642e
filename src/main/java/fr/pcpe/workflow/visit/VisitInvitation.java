package fr.pcpe.workflow.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One person invited to a visit: a partner structure or an outside guest; their reply; whether they came. */
@Entity
public class VisitInvitation {

  /** What an invitee answers. */
  public enum Reply { YES, NO }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private LearningVisit visit;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String email;

  private boolean guest;

  @Enumerated(EnumType.STRING)
  private Reply reply;

  private Instant repliedAt;

  private Boolean attended;

  protected VisitInvitation() {
  }

  VisitInvitation(LearningVisit visit, String name, String email, boolean guest) {
    this.visit = visit;
    this.name = name;
    this.email = email;
    this.guest = guest;
  }

  void reply(Reply reply, Instant now) {
    this.reply = reply;
    this.repliedAt = now;
  }

  void attended(boolean attended) {
    this.attended = attended;
  }

  public Long getId() {
    return id;
  }

  public LearningVisit getVisit() {
    return visit;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public boolean isGuest() {
    return guest;
  }

  public Reply getReply() {
    return reply;
  }

  public Boolean getAttended() {
    return attended;
  }
}
