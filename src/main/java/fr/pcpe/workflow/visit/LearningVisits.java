package fr.pcpe.workflow.visit;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.common.ReferenceNumbers;
import fr.pcpe.workflow.link.LinkRefused;
import fr.pcpe.workflow.link.SecureLink;
import fr.pcpe.workflow.link.SecureLinks;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.security.Access;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning visits: planned with their invitations (the partner structures, outside guests), replied to from each
 * invitee's link (until the day, within the places), reminded two days before, recorded the morning after. The BPMN
 * reads {@code ${learningVisits.reminderAt(visitDay)}} and {@code ${learningVisits.morningAfter(visitDay)}}.
 */
@Service("learningVisits")
public class LearningVisits {

  /** What an invitee's link shows. */
  public record Invitation(String name, String theme, String host, String day, long placesLeft, String reply) {
  }

  /** A visit as the coordination's list shows it. */
  public record Summary(String reference, String theme, String host, String day, int places, long invited, long coming,
      long declined, Long came, boolean held) {
  }

  private final LearningVisitRepository visits;
  private final VisitInvitationRepository invitations;
  private final PartnerStructureRepository structures;
  private final SecureLinks links;
  private final MailService mails;
  private final Access access;
  private final PcpeProperties properties;
  private final Messages messages;
  private final ReferenceNumbers referenceNumbers;
  private final Clock clock;

  LearningVisits(LearningVisitRepository visits, VisitInvitationRepository invitations,
      PartnerStructureRepository structures, SecureLinks links, MailService mails, Access access,
      PcpeProperties properties, Messages messages, ReferenceNumbers referenceNumbers, Clock clock) {
    this.visits = visits;
    this.invitations = invitations;
    this.structures = structures;
    this.links = links;
    this.mails = mails;
    this.access = access;
    this.properties = properties;
    this.messages = messages;
    this.referenceNumbers = referenceNumbers;
    this.clock = clock;
  }

  /** 9 a.m. two days before the visit (at once if that has passed). */
  public Date reminderAt(Object day) {
    LocalDate visitDay = fr.pcpe.workflow.common.FormValues.date(day);
    return Date.from(visitDay.minusDays(2).atTime(9, 0).atZone(clock.getZone()).toInstant());
  }

  /** 8 a.m. the day after the visit: the coordination records it. */
  public Date morningAfter(Object day) {
    LocalDate visitDay = fr.pcpe.workflow.common.FormValues.date(day);
    return Date.from(visitDay.plusDays(1).atTime(8, 0).atZone(clock.getZone()).toInstant());
  }

  /** Records the visit and its invitees (each once, by email), and emails each their link; its reference. */
  @Transactional
  String plan(VisitPlan plan) {
    LearningVisit visit = visits.saveAndFlush(referenceNumbers.number(new LearningVisit(plan.theme().strip(),
        plan.host().strip(), plan.day(), plan.places(), clock.instant())));
    Set<String> invited = new HashSet<>();
    if (plan.inviteStructures()) {
      for (PartnerStructure structure : structures.findByActiveTrueOrderByName()) {
        invite(visit, structure.getName(), structure.getEmail(), false, invited);
      }
    }
    for (VisitPlan.Guest guest : plan.guestList()) {
      invite(visit, guest.name(), guest.email(), true, invited);
    }
    return visit.getReference();
  }

  private void invite(LearningVisit visit, String name, String email, boolean guest, Set<String> invited) {
    if (email == null || !invited.add(email.toLowerCase(Locale.ROOT))) {
      return;
    }
    VisitInvitation invitation = invitations.save(new VisitInvitation(visit, name, email, guest));
    mails.queue(visit.getReference() + ":invitation:" + invitation.getId(), email, "visit-invitation",
        values(invitation));
  }

  private Map<String, Object> values(VisitInvitation invitation) {
    LearningVisit visit = invitation.getVisit();
    return Map.of("name", invitation.getName(), "theme", visit.getTheme(), "host", visit.getHost(),
        "day", FrenchDates.day(visit.getDay()), "places", visit.getPlaces(), "replyUrl", linkTo(invitation),
        "reference", visit.getReference());
  }

  /** A new link to reply, valid until the end of the visit's day; it may be used again to change one's reply. */
  private String linkTo(VisitInvitation invitation) {
    Instant until = invitation.getVisit().getDay().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    Duration validity = Duration.between(clock.instant(), until);
    return properties.publicUrl() + "/visite.html#" + links.issue(SecureLink.Purpose.VISIT_REPLY,
        String.valueOf(invitation.getId()), validity.isNegative() ? Duration.ZERO : validity);
  }

  /** Two days before: whoever is coming, or has not replied, is reminded with a new link. */
  @Transactional
  void remind(String reference) {
    LearningVisit visit = find(reference);
    for (VisitInvitation invitation : invitations.findByVisitIdOrderByName(visit.getId())) {
      if (invitation.getReply() != VisitInvitation.Reply.NO) {
        mails.queue(reference + ":reminder:" + invitation.getId(), invitation.getEmail(), "visit-reminder",
            values(invitation));
      }
    }
  }

  /** What the link shows; changes nothing. */
  @Transactional(readOnly = true)
  public Invitation open(String token) {
    VisitInvitation invitation = invitationOf(token);
    LearningVisit visit = invitation.getVisit();
    return new Invitation(invitation.getName(), visit.getTheme(), visit.getHost(), FrenchDates.day(visit.getDay()),
        placesLeft(visit), invitation.getReply() == null ? null : invitation.getReply().name());
  }

  /** The invitee's reply, until the day; coming needs a place left (or one already taken). */
  @Transactional
  public String reply(String token, VisitInvitation.Reply reply) {
    VisitInvitation invitation = invitationOf(token);
    LearningVisit visit = invitation.getVisit();
    if (reply == null) {
      throw new fr.pcpe.workflow.common.InvalidInputException("reply", messages.say("visit.reply.required"));
    }
    if (reply == VisitInvitation.Reply.YES && invitation.getReply() != VisitInvitation.Reply.YES && placesLeft(visit) <= 0) {
      throw new ConflictException(messages.say("visit.full"));
    }
    invitation.reply(reply, clock.instant());
    return messages.say(reply == VisitInvitation.Reply.YES ? "visit.thanks.yes" : "visit.thanks.no", visit.getTheme(),
        FrenchDates.day(visit.getDay()));
  }

  private long placesLeft(LearningVisit visit) {
    return Math.max(0, visit.getPlaces() - invitations.countByVisitIdAndReply(visit.getId(), VisitInvitation.Reply.YES));
  }

  private VisitInvitation invitationOf(String token) {
    SecureLink link = links.open(SecureLink.Purpose.VISIT_REPLY, token);
    return invitations.findById(Long.valueOf(link.getSubject()))
        .orElseThrow(() -> new LinkRefused(LinkRefused.UNKNOWN));
  }

  /** What the record form shows: the visit, who said they would come, who declined, who did not reply. */
  @Transactional(readOnly = true)
  String context(String reference) {
    LearningVisit visit = find(reference);
    List<VisitInvitation> all = invitations.findByVisitIdOrderByName(visit.getId());
    return messages.say("visit.context", visit.getTheme(), visit.getHost(),
        FrenchDates.day(visit.getDay()), visit.getPlaces(), names(all, VisitInvitation.Reply.YES),
        names(all, VisitInvitation.Reply.NO), names(all, null));
  }

  private static String names(List<VisitInvitation> all, VisitInvitation.Reply reply) {
    String names = String.join(", ", all.stream().filter(invitation -> invitation.getReply() == reply)
        .map(VisitInvitation::getName).toList());
    return names.isEmpty() ? "—" : names;
  }

  /** Every invitee, those coming first, as the record form's options. */
  @Transactional(readOnly = true)
  List<Map<String, String>> attendeeOptions(String reference) {
    LearningVisit visit = find(reference);
    return invitations.findByVisitIdOrderByName(visit.getId()).stream()
        .sorted(java.util.Comparator.comparing(invitation -> invitation.getReply() != VisitInvitation.Reply.YES))
        .map(invitation -> FormOptions.option(invitation.getName() + (invitation.getReply() == VisitInvitation.Reply.YES
            ? messages.say("visit.option.coming") : ""), invitation.getId()))
        .toList();
  }

  /** Whether every id is one of the visit's invitees. */
  @Transactional(readOnly = true)
  boolean invitees(String reference, List<Long> ids) {
    Set<Long> ofVisit = new HashSet<>(invitations.findByVisitIdOrderByName(find(reference).getId()).stream()
        .map(VisitInvitation::getId).toList());
    return ofVisit.containsAll(ids);
  }

  /** Who came (the others did not) and what the visit taught. */
  @Transactional
  void record(String reference, List<Long> attendeeIds, String takeaways) {
    LearningVisit visit = find(reference);
    for (VisitInvitation invitation : invitations.findByVisitIdOrderByName(visit.getId())) {
      invitation.attended(attendeeIds.contains(invitation.getId()));
    }
    visit.held(takeaways.strip());
  }

  /** Every visit, the latest first, with its replies and attendance (PCPE staff). */
  @Transactional(readOnly = true)
  public List<Summary> list() {
    access.requireStaff();
    return visits.findAllByOrderByDayDesc().stream().map(visit -> {
      List<VisitInvitation> all = invitations.findByVisitIdOrderByName(visit.getId());
      return new Summary(visit.getReference(), visit.getTheme(), visit.getHost(), FrenchDates.day(visit.getDay()),
          visit.getPlaces(), all.size(), all.stream().filter(i -> i.getReply() == VisitInvitation.Reply.YES).count(),
          all.stream().filter(i -> i.getReply() == VisitInvitation.Reply.NO).count(),
          visit.isHeld() ? all.stream().filter(i -> Boolean.TRUE.equals(i.getAttended())).count() : null, visit.isHeld());
    }).toList();
  }

  @Transactional(readOnly = true)
  public LearningVisit find(String reference) {
    return visits.findByReference(reference).orElseThrow(() -> new NotFoundException(messages.say("visit.notFound")));
  }
}
