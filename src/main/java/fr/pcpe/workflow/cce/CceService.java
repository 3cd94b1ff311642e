package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateMessenger;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.common.ReferenceNumbers;
import fr.pcpe.workflow.employer.JobOffer;
import fr.pcpe.workflow.employer.JobOfferRepository;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.followup.NextCceProposed;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import fr.pcpe.workflow.system.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cafés Contact Emploi: planning, offers, invitations by the structures, the day's outcomes, the report. */
@Service
public class CceService {

  private final CceRepository cces;
  private final CceInvitationRepository invitations;
  private final CandidateRepository candidates;
  private final JobOfferRepository offers;
  private final PartnerStructureRepository structures;
  private final FollowUpService followUps;
  private final MailService mails;
  private final CandidateMessenger messenger;
  private final IdentityService identityService;
  private final Messages messages;
  private final ReferenceNumbers referenceNumbers;
  private final Clock clock;
  private final boolean followNoShows;

  CceService(CceRepository cces, CceInvitationRepository invitations, CandidateRepository candidates,
      JobOfferRepository offers, PartnerStructureRepository structures, FollowUpService followUps, MailService mails, CandidateMessenger messenger,
      IdentityService identityService, Messages messages, ReferenceNumbers referenceNumbers, Clock clock,
      CceSettings settings) {
    this.cces = cces;
    this.invitations = invitations;
    this.candidates = candidates;
    this.offers = offers;
    this.structures = structures;
    this.followUps = followUps;
    this.mails = mails;
    this.messenger = messenger;
    this.identityService = identityService;
    this.messages = messages;
    this.referenceNumbers = referenceNumbers;
    this.clock = clock;
    this.followNoShows = settings.followUpNoShows();
  }

  @Transactional
  String create() {
    CafeContactEmploi cce = cces.saveAndFlush(referenceNumbers.number(new CafeContactEmploi(clock.instant())));
    return cce.getReference();
  }

  @Transactional(readOnly = true)
  public CafeContactEmploi find(String reference) {
    return cces.findByReference(reference)
        .orElseThrow(() -> new NotFoundException(messages.say("cce.notFound", reference)));
  }

  @Transactional
  void plan(String reference, CcePlan plan) {
    find(reference).plan(plan.city(), plan.venue(), plan.audience(), plan.eventDate());
  }

  /** The open job offers a coordinator may bring to the CCE, as options of the form's list. */
  @Transactional(readOnly = true)
  List<Map<String, String>> offerOptions() {
    return offers.findAll().stream().filter(JobOffer::isOpen)
        .map(offer -> FormOptions.option(offer.getTitle() + " — " + offer.getEmployer().getName()
            + " (" + offer.getPlace() + ")", offer.getId()))
        .toList();
  }

  @Transactional(readOnly = true)
  boolean offersExist(List<Long> offerIds) {
    return !offerIds.isEmpty() && offers.findAllById(offerIds).size() == offerIds.size();
  }

  /** The offers are set: the structures are told, and invite their candidates (API or coordinator). */
  @Transactional
  void openInvitations(String reference, List<Long> offerIds) {
    CafeContactEmploi cce = find(reference);
    cce.offer(new HashSet<>(offers.findAllById(offerIds)));
    for (PartnerStructure structure : structures.findAll()) {
      mails.queue(reference + ":invitation:" + structure.getId(), structure.getEmail(), "cce-invitation",
          values(cce, structure.getName()));
    }
    // the candidates whose referent proposed "the next CCE" of this town, and who were not invited since
    for (FollowUp waiting : followUps.awaitingNextCce()) {
      Candidate candidate = waiting.getCandidate();
      if (candidate.isActive() && sameTown(cce, candidate) && !invitations.existsByCandidateIdAndCreatedAtAfter(candidate.getId(),
          waiting.getProposedAt().atStartOfDay(clock.getZone()).toInstant())) {
        invited(cce, candidate, waiting.getReferentUserId());
      }
    }
  }

  /** A "next CCE" proposal invites the candidate to the next CCE of their town open to invitations, if any yet. */
  @EventListener
  void inviteToNextCce(NextCceProposed proposal) {
    Candidate candidate = candidates.findById(proposal.candidateId()).filter(Candidate::isActive).orElse(null);
    if (candidate == null) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    cces.findByStatusOrderByEventDate(CafeContactEmploi.Status.INVITING).stream()
        .filter(cce -> cce.getEventDate().isAfter(today) && sameTown(cce, candidate))
        .findFirst()
        .filter(cce -> !invitations.existsByCceIdAndCandidateId(cce.getId(), candidate.getId()))
        .ifPresent(cce -> invited(cce, candidate, proposal.referentUserId()));
  }

  /** A candidate's town is theirs, or else their structure's. */
  private static boolean sameTown(CafeContactEmploi cce, Candidate candidate) {
    String town = candidate.getCity() != null && !candidate.getCity().isBlank() ? candidate.getCity()
        : candidate.getStructure().getCity();
    return town != null && cce.getCity() != null && town.strip().equalsIgnoreCase(cce.getCity().strip());
  }

  /**
   * Invites a candidate: a structure invites its own candidates, PCPE staff anyone's. Twice the same
   * candidate is a conflict; after the day, too.
   */
  @Transactional
  public CceInvitation invite(String reference, long candidateId, boolean contactConsent, Caller caller) {
    CafeContactEmploi cce = find(reference);
    Candidate candidate = candidates.findById(candidateId)
        .filter(found -> found.visibleTo(caller))
        .orElseThrow(() -> new NotFoundException(messages.say("candidate.notFound", String.valueOf(candidateId))));
    if (cce.getStatus() != CafeContactEmploi.Status.INVITING) {
      throw new ConflictException(messages.say("cce.notInviting", reference));
    }
    if (!candidate.isActive()) {
      throw new ConflictException(messages.say("candidate.inactive", candidateId));
    }
    if (invitations.existsByCceIdAndCandidateId(cce.getId(), candidateId)) {
      throw new ConflictException(messages.say("cce.alreadyInvited", reference));
    }
    if (contactConsent && candidate.getContactConsentAt() == null) {
      candidate.contactConsent(clock.instant());
    }
    return invited(cce, candidate, caller.userId());
  }

  /** The invitation, and the candidate told (with their personal link) if they agreed to be written to. */
  private CceInvitation invited(CafeContactEmploi cce, Candidate candidate, String invitedBy) {
    CceInvitation invitation = invitations.save(new CceInvitation(cce, candidate, invitedBy, clock.instant()));
    messenger.tell(candidate, cce.getReference() + ":candidate-invited:" + candidate.getId(), "candidate-cce-invitation",
        candidateValues(cce, candidate));
    return invitation;
  }

  private static Map<String, Object> candidateValues(CafeContactEmploi cce, Candidate candidate) {
    return Map.of("day", FrenchDates.day(cce.getEventDate()), "city", cce.getCity(),
        "venue", cce.getVenue(), "structureName", candidate.getStructure().getName());
  }

  /** Two days before: each invitee's referent (or, without one, the structure) is reminded to bring them. */
  @Transactional
  void remindReferents(String reference) {
    CafeContactEmploi cce = find(reference);
    for (CceInvitation invitation : invitations.findByCceReferenceOrderById(reference)) {
      Candidate candidate = invitation.getCandidate();
      Map<String, Object> values = values(cce, candidate.getStructure().getName());
      values.put("candidateName", candidate.fullName());
      String referent = candidate.getReferentUserId() != null ? candidate.getReferentUserId() : invitation.getInvitedBy();
      User user = identityService.createUserQuery().userId(referent).singleResult();
      mails.queue(reference + ":reminder:" + invitation.getId(),
          user != null && user.getEmail() != null ? user.getEmail() : candidate.getStructure().getEmail(),
          "cce-reminder", values);
      messenger.tell(candidate, reference + ":candidate-reminder:" + candidate.getId(), "candidate-cce-reminder",
          candidateValues(cce, candidate));
    }
  }

  /** The attendance form's options as they read now (after a person's anonymisation). */
  @Transactional(readOnly = true)
  public Object inviteeOptionsValue(String reference) {
    return FormOptions.of(inviteeOptions(reference));
  }

  /** The bulk form's options: every invitee, by name and structure, valued by invitation id. */
  @Transactional(readOnly = true)
  List<Map<String, String>> inviteeOptions(String reference) {
    return invitations.findByCceReferenceOrderById(reference).stream()
        .map(invitation -> FormOptions.option(invitation.getCandidate().fullName() + " (" + invitation.getCandidate().getStructure().getName() + ")",
            invitation.getId()))
        .toList();
  }

  /**
   * Records the day for every invitee and opens a follow-up for each attendee who left without a job
   * (and, unless configured off, each invitee who did not come), with the candidate's referent (or
   * whoever invited them). A candidate already followed keeps their follow-up.
   */
  @Transactional
  void recordDay(String reference, AttendanceSheet sheet) {
    CafeContactEmploi cce = find(reference);
    Map<Long, CceInvitation> byId = new HashMap<>();
    invitations.findByCceReferenceOrderById(reference).forEach(invitation -> byId.put(invitation.getId(), invitation));
    for (AttendanceSheet.Row row : sheet.rows(byId.keySet())) {
      CceInvitation invitation = byId.get(row.invitationId());
      invitation.record(row.attended(), row.outcome());
      if (row.attended()) {
        invitation.getCandidate().contactedOn(cce.getEventDate());
      }
      if (invitation.needsFollowUp(followNoShows) && invitation.getFollowUpReference() == null
          && invitation.getCandidate().isActive()) {
        Candidate candidate = invitation.getCandidate();
        String referent = candidate.getReferentUserId() != null ? candidate.getReferentUserId() : invitation.getInvitedBy();
        String followedBy = followUps.openOf(candidate.getId()).map(FollowUp::getReference)
            .orElseGet(() -> followUps.open(candidate.getId(), cce.getEventDate(), referent).getReference());
        invitation.followedUpBy(followedBy);
      }
    }
    cce.held();
  }

  /** A candidate's invitations, for their timeline. */
  @Transactional(readOnly = true)
  public List<CceInvitation> invitationsOfCandidate(long candidateId) {
    return invitations.findByCandidateId(candidateId);
  }

  @Transactional(readOnly = true)
  public List<CceInvitation> invitationsOf(String reference) {
    return invitations.findByCceReferenceOrderById(reference);
  }

  /** Offers, invitees, attendees, hires on the day and within three months (follow-ups ended in a job). */
  @Transactional
  String report(String reference) {
    CafeContactEmploi cce = find(reference);
    List<CceInvitation> all = invitations.findByCceReferenceOrderById(reference);
    long attendees = all.stream().filter(i -> Boolean.TRUE.equals(i.getAttended())).count();
    long hiredOnTheDay = all.stream().filter(i -> i.getOutcome() == CceInvitation.Outcome.HIRED).count();
    long hiredSince = all.stream().filter(i -> i.getFollowUpReference() != null)
        .filter(i -> followUps.find(i.getFollowUpReference()).endedInJob())
        .count();
    cce.reported();
    return messages.say("cce.report", reference, cce.getCity(), FrenchDates.day(cce.getEventDate()),
        cce.getOffers().size(), all.size(), attendees, hiredOnTheDay, hiredOnTheDay + hiredSince);
  }

  private Map<String, Object> values(CafeContactEmploi cce, String structureName) {
    Map<String, Object> values = new HashMap<>();
    values.put("reference", cce.getReference());
    values.put("city", cce.getCity());
    values.put("venue", cce.getVenue());
    values.put("audience", cce.getAudience());
    values.put("eventDate", FrenchDates.day(cce.getEventDate()));
    values.put("structureName", structureName);
    values.put("offers", cce.getOffers().stream().map(o -> "- " + o.getTitle() + " (" + o.getEmployer().getName() + ")")
        .sorted().reduce((a, b) -> a + "\n" + b).orElse(""));
    return values;
  }
}
