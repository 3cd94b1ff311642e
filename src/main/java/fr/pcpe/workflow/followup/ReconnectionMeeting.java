package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.ReferencedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The meeting that brought people back in touch in the report: late follow-ups' candidates invited with
 * their referents, all at once.
 */
@Entity
public class ReconnectionMeeting extends ReferencedEntity {

  @Override
  protected String idSequence() {
    return "reconnection_meeting_seq";
  }

  @Override
  protected String referenceFormat() {
    return "REN-%d-%03d";
  }

  private LocalDate meetingDate;

  private String venue;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Invitation> invitations = new ArrayList<>();

  protected ReconnectionMeeting() {
  }

  ReconnectionMeeting(LocalDate meetingDate, String venue, Instant now) {
    this.meetingDate = meetingDate;
    this.venue = venue;
    this.createdAt = now;
  }

  void invite(FollowUp followUp) {
    invitations.add(new Invitation(this, followUp));
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getVenue() {
    return venue;
  }

  public List<Invitation> getInvitations() {
    return invitations;
  }

  /** A late follow-up invited to the meeting, and whether its candidate came. */
  @Entity(name = "ReconnectionInvitation")
  @jakarta.persistence.Table(name = "reconnection_invitation")
  public static class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private ReconnectionMeeting meeting;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private FollowUp followUp;

    private Boolean attended;

    protected Invitation() {
    }

    Invitation(ReconnectionMeeting meeting, FollowUp followUp) {
      this.meeting = meeting;
      this.followUp = followUp;
    }

    void attended(boolean attended) {
      this.attended = attended;
    }

    public Long getId() {
      return id;
    }

    public FollowUp getFollowUp() {
      return followUp;
    }

    public Boolean getAttended() {
      return attended;
    }
  }
}
