package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.drive.RecruitmentDrive;
import fr.pcpe.workflow.link.SecureLink;
import fr.pcpe.workflow.link.SecureLinks;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.EngineAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * L'hebdo du PCPE: each Monday the open offers (the open drives' and those recorded on
 * their own) are gathered into the week's digest; a coordinator keeps, orders and introduces them; the
 * publication archives the week and emails every person of the network who did not unsubscribe, once.
 */
@Service
public class DigestService {

  private final DigestRepository digests;
  private final PostedOfferRepository offers;
  private final UnsubscriptionRepository unsubscriptions;
  private final DriveService drives;
  private final MailService mails;
  private final SecureLinks links;
  private final IdentityService identityService;
  private final EngineAccess engineAccess;
  private final Access access;
  private final Messages messages;
  private final Clock clock;
  private final String publicUrl;
  private final String coordinatorsEmail;
  private final Duration unsubscribeValidity;

  DigestService(DigestRepository digests, PostedOfferRepository offers, UnsubscriptionRepository unsubscriptions,
      DriveService drives, MailService mails, SecureLinks links, IdentityService identityService,
      EngineAccess engineAccess, Access access, Messages messages, Clock clock, PcpeProperties properties) {
    this.digests = digests;
    this.offers = offers;
    this.unsubscriptions = unsubscriptions;
    this.drives = drives;
    this.mails = mails;
    this.links = links;
    this.identityService = identityService;
    this.engineAccess = engineAccess;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
    this.publicUrl = properties.publicUrl();
    this.coordinatorsEmail = properties.coordinatorsEmail();
    this.unsubscribeValidity = properties.links().unsubscribeValidity();
  }

  /** This week as the hebdo names it: "2026-48" (ISO week, in Paris). */
  public String currentWeek() {
    LocalDate today = LocalDate.now(clock);
    return "%d-%02d".formatted(today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** An offer recorded on its own by PCPE staff; its fields are checked, each bad one named. */
  @Transactional
  public PostedOffer post(OfferForm form) {
    access.requireStaff();
    Map<String, String> violations = form.violations(LocalDate.now(clock));
    if (!violations.isEmpty()) {
      Map.Entry<String, String> first = violations.entrySet().iterator().next();
      throw new InvalidInputException(first.getKey(), messages.say(first.getValue()));
    }
    return offers.save(new PostedOffer(form, access.caller().userId(), clock.instant()));
  }

  /**
   * The week's digest: gathered now from the open offers, or the one gathered already (a second run
   * changes nothing).
   */
  @Transactional
  Digest gather(String week) {
    return digests.findByWeek(week).orElseGet(() -> {
      List<Digest.Item> items = new ArrayList<>();
      LocalDate today = LocalDate.now(clock);
      for (RecruitmentDrive drive : drives.openDrives()) {
        if (drive.getDeadline() != null && drive.getDeadline().isBefore(today)) {
          continue; // its deadline passed: closing, no longer an offer to spread
        }
        items.add(new Digest.Item(drive.getReference(), drive.getJobOffer().getTitle(), drive.getEmployer().getName(),
            drive.getJobOffer().getRomeCode(), drive.getJobOffer().getContractType(), drive.getJobOffer().getPlace(),
            drive.getDeadline()));
      }
      for (PostedOffer offer : offers.findByClosingDateGreaterThanEqualOrderByClosingDate(today)) {
        items.add(new Digest.Item("OFFRE-" + offer.getId(), offer.getTitle(), offer.getEmployerName(), offer.getRomeCode(),
            offer.getContractType(), offer.getCommune(), offer.getClosingDate()));
      }
      return digests.save(new Digest(week, items, clock.instant()));
    });
  }

  @Transactional(readOnly = true)
  Digest find(String week) {
    return digests.findByWeek(week).orElseThrow(() -> new NotFoundException(messages.say("digest.notFound", week)));
  }

  /** The review form's list: every offer gathered, by its words, valued by its position. */
  @Transactional(readOnly = true)
  List<Map<String, String>> itemOptions(String week) {
    List<Digest.Item> items = find(week).getItems();
    return IntStream.range(0, items.size()).mapToObj(i -> FormOptions.option(label(items.get(i)), i)).toList();
  }

  private String label(Digest.Item item) {
    return item.getTitle() + " — " + item.getEmployerName() + " (" + item.getCommune() + ", "
        + messages.say("contractType." + item.getContractType()) + ")";
  }

  /** The coordinator keeps these offers (positions), the one named first at the top, with an introduction. */
  @Transactional
  void review(String week, List<Long> kept, Long first, String introduction) {
    Digest digest = find(week);
    List<Digest.Item> items = digest.getItems();
    List<Digest.Item> ordered = new ArrayList<>();
    if (first != null && kept.contains(first)) {
      ordered.add(items.get(first.intValue()));
    }
    kept.stream().filter(position -> !position.equals(first)).sorted()
        .forEach(position -> ordered.add(items.get(position.intValue())));
    digest.reviewed(ordered, introduction);
  }

  /**
   * Publishes the week: archived, and emailed to every person of the network with an email who did not
   * unsubscribe — each once, even when the publication runs again (after a failure, a restart).
   *
   * @return how many people were emailed this time
   */
  @Transactional
  int publish(String week) {
    Digest digest = find(week);
    if (digest.getStatus() != Digest.Status.PUBLISHED) {
      digest.published(clock.instant());
    }
    Set<String> unsubscribed = unsubscriptions.findAll().stream().map(Unsubscription::getUserId).collect(Collectors.toSet());
    List<User> people = engineAccess.asSystem(() -> identityService.createUserQuery().list());
    int sent = 0;
    for (User person : people) {
      String key = "digest:" + week + ":" + person.getId();
      if (person.getEmail() == null || person.getEmail().isBlank() || unsubscribed.contains(person.getId())
          || mails.isQueued(key)) {
        continue;
      }
      Map<String, Object> values = new HashMap<>(mailValues(digest));
      values.put("firstName", person.getFirstName() == null ? "" : person.getFirstName());
      values.put("unsubscribeUrl", publicUrl + "/desabonnement.html#"
          + links.issue(SecureLink.Purpose.DIGEST_UNSUBSCRIBE, person.getId(), unsubscribeValidity));
      mails.queue(key, person.getEmail(), "digest", values);
      sent++;
    }
    return sent;
  }

  private Map<String, Object> mailValues(Digest digest) {
    Map<String, Object> values = new HashMap<>();
    values.put("week", weekLabel(digest.getWeek()));
    values.put("introduction", digest.getIntroduction() == null ? "" : digest.getIntroduction().strip() + "\n\n");
    values.put("offers", digest.getItems().stream().map(item -> "- " + label(item)
        + (item.getClosingDate() == null ? ""
            : " — " + messages.say("digest.until", FrenchDates.day(item.getClosingDate()))))
        .collect(Collectors.joining("\n")));
    values.put("archiveUrl", publicUrl + "/hebdo/" + digest.getWeek());
    return values;
  }

  /** A week without any open offer: nothing is sent, and the coordinators are told so. */
  @Transactional
  void tellNoOffer(String week) {
    mails.queue("digest:" + week + ":empty", coordinatorsEmail, "digest-empty", Map.of("week", weekLabel(week)));
  }

  /** "semaine 48 de 2026", as people say it. */
  String weekLabel(String week) {
    String[] parts = week.split("-");
    return messages.say("digest.week", Integer.parseInt(parts[1]), parts[0]);
  }

  /** A published week, for any person of the network; the other weeks do not exist for them. */
  @Transactional(readOnly = true)
  public Digest published(String week) {
    access.user();
    return digests.findByWeek(week).filter(digest -> digest.getStatus() == Digest.Status.PUBLISHED)
        .orElseThrow(() -> new NotFoundException(messages.say("digest.notFound", week)));
  }

  /** The published weeks, newest first. */
  @Transactional(readOnly = true)
  public List<String> publishedWeeks() {
    access.user();
    return digests.findByStatusOrderByWeekDesc(Digest.Status.PUBLISHED).stream().map(Digest::getWeek).toList();
  }

  /** One click from the email: the person gets no more hebdo. Saying it twice is no error. */
  @Transactional
  public String unsubscribe(String token) {
    SecureLink link = links.open(SecureLink.Purpose.DIGEST_UNSUBSCRIBE, token);
    if (!unsubscriptions.existsById(link.getSubject())) {
      unsubscriptions.save(new Unsubscription(link.getSubject(), clock.instant()));
    }
    return messages.say("digest.unsubscribed");
  }
}
