package fr.pcpe.workflow.directory;

import fr.pcpe.workflow.common.EmailAddress;
import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.link.LinkRefused;
import fr.pcpe.workflow.link.SecureLink;
import fr.pcpe.workflow.link.SecureLinks;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services directory: a structure's people (its heads included) write their own structure's page, or whoever
 * holds the emailed link; the network's members (PCPE staff and the partner structures) search every page; a page
 * left six months is reminded to its structure, with a link, at most once a month; the coordination exports it.
 */
@Service
public class Directory {

  /** A page older than this is reminded to its structure. */
  static final Period STALE_AFTER = Period.ofMonths(6);
  /** A stale page is reminded again after this. */
  static final Duration REMIND_AGAIN_AFTER = Duration.ofDays(30);
  /** How long the reminder's link lets the structure update its page. */
  static final Duration LINK_VALIDITY = Duration.ofDays(30);
  /** The source the export names itself by in data·inclusion. */
  static final String DATA_INCLUSION_SOURCE = "pcpe-93";

  /** A page as the network reads it: the structure, its service, and when it was last updated. */
  public record Listing(String structureName, String structureType, String serviceName, String description,
      List<String> themes, List<String> audiences, String communes, String howToRefer, String contactName,
      String contactEmail, String contactPhone, String updatedOn) {
  }

  /** What a structure's form shows: its name, its page (empty before the first one) and when it was last updated. */
  public record OwnPage(String structureName, DirectoryEntry entry, String updatedOn) {
  }

  private final DirectoryPageRepository pages;
  private final PartnerStructureRepository structures;
  private final SecureLinks links;
  private final MailService mails;
  private final Access access;
  private final PcpeProperties properties;
  private final Messages messages;
  private final Clock clock;

  Directory(DirectoryPageRepository pages, PartnerStructureRepository structures, SecureLinks links, MailService mails,
      Access access, PcpeProperties properties, Messages messages, Clock clock) {
    this.pages = pages;
    this.structures = structures;
    this.links = links;
    this.mails = mails;
    this.access = access;
    this.properties = properties;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The pages matching a commune (accents and case ignored), an audience and a theme, each optional; the network's
   * members only (an employer gets 403).
   */
  @Transactional(readOnly = true)
  public List<Listing> search(String commune, Audience audience, Theme theme) {
    Caller caller = access.user();
    if (!caller.isStaff() && caller.groupIds().stream().noneMatch(group -> group.startsWith(PcpeGroups.STRUCTURE_PREFIX))) {
      throw new ForbiddenException(messages.say("directory.networkOnly"));
    }
    if (commune != null && commune.length() > 100) {
      throw new InvalidInputException("commune", messages.say("directory.communes.invalid"));
    }
    String wanted = commune == null || commune.isBlank() ? null : folded(commune);
    return pages.findByStructureActiveTrueOrderByStructureName().stream()
        .filter(page -> wanted == null || page.getCommunes().stream().anyMatch(served -> folded(served).equals(wanted)))
        .filter(page -> audience == null || page.getAudiences().contains(audience))
        .filter(page -> theme == null || page.getThemes().contains(theme))
        .map(this::listing)
        .toList();
  }

  /** "Saint-Denis", "saint denis" and "SAINT-DÉNIS" are one commune. */
  private static String folded(String commune) {
    return Normalizer.normalize(commune, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH)
        .replaceAll("[^a-z0-9]+", " ").strip();
  }

  private Listing listing(DirectoryPage page) {
    PartnerStructure structure = page.getStructure();
    return new Listing(structure.getName(), messages.say("structureType." + structure.getType()), page.getServiceName(),
        page.getDescription(), page.getThemes().stream().map(theme -> messages.say("label.Theme." + theme)).toList(),
        page.getAudiences().stream().map(audience -> messages.say("label.Audience." + audience)).toList(),
        page.communesInOneLine(), page.getHowToRefer(), page.getContactName(), page.getContactEmail(),
        page.getContactPhone(), day(page.getUpdatedAt()));
  }

  /** The caller's own structure's page, for its form; 403 to anybody but one structure's people. */
  @Transactional(readOnly = true)
  public OwnPage mine() {
    return own(structureOf(access.user()));
  }

  /** Writes the caller's own structure's page. */
  @Transactional
  public OwnPage saveMine(DirectoryEntry entry) {
    Caller caller = access.user();
    PartnerStructure structure = structureOf(caller);
    write(structure, entry, caller.userId());
    return own(structure);
  }

  /** What the emailed link opens: its structure's page; changes nothing. */
  @Transactional(readOnly = true)
  public OwnPage byLink(String token) {
    return own(structureOfLink(links.open(SecureLink.Purpose.DIRECTORY_PAGE, token)));
  }

  /** Writes the page of the link's structure; the link is used then (a refused page leaves it usable). */
  @Transactional
  public OwnPage saveByLink(String token, DirectoryEntry entry) {
    SecureLink link = links.open(SecureLink.Purpose.DIRECTORY_PAGE, token);
    PartnerStructure structure = structureOfLink(link);
    write(structure, entry, "lien:" + structure.getEmail());
    links.useOnce(link);
    return own(structure);
  }

  private PartnerStructure structureOfLink(SecureLink link) {
    return structures.findByGroupIdIn(List.of(link.getSubject())).stream().filter(PartnerStructure::isActive).findFirst()
        .orElseThrow(() -> new LinkRefused(LinkRefused.UNKNOWN));
  }

  private void write(PartnerStructure structure, DirectoryEntry entry, String by) {
    if (!EmailAddress.isValid(entry.contactEmail().strip())) {
      throw new InvalidInputException("contactEmail", messages.say("directory.contactEmail.invalid"));
    }
    DirectoryPage page = pages.findByStructureGroupId(structure.getGroupId()).orElseGet(() -> new DirectoryPage(structure));
    page.write(entry, by, clock.instant());
    pages.save(page);
  }

  private OwnPage own(PartnerStructure structure) {
    Optional<DirectoryPage> page = pages.findByStructureGroupId(structure.getGroupId());
    return new OwnPage(structure.getName(), page.map(DirectoryPage::entry).orElse(null),
        page.map(found -> day(found.getUpdatedAt())).orElse(null));
  }

  /** The one structure whose people the caller is among (its heads too); 403 for anybody else. */
  private PartnerStructure structureOf(Caller caller) {
    List<String> groups = caller.groupIds().stream().map(PcpeGroups::structureGroupOf).flatMap(Optional::stream)
        .distinct().toList();
    return (groups.size() == 1 ? structures.findByGroupIdIn(groups).stream().filter(PartnerStructure::isActive)
        .findFirst() : Optional.<PartnerStructure>empty())
        .orElseThrow(() -> new ForbiddenException(messages.say("api.structureOnly")));
  }

  /**
   * Every page left six months, not reminded in the past month: its structure is emailed a link to update it.
   *
   * @return how many were reminded
   */
  @Transactional
  public int remindStalePages() {
    Instant now = clock.instant();
    Instant staleBefore = LocalDate.now(clock).minus(STALE_AFTER).atStartOfDay(clock.getZone()).toInstant();
    int reminded = 0;
    for (DirectoryPage page : pages.findByStructureActiveTrueOrderByStructureName()) {
      boolean stale = page.getUpdatedAt().isBefore(staleBefore);
      boolean remindedLately = page.getRemindedAt() != null && page.getRemindedAt().isAfter(now.minus(REMIND_AGAIN_AFTER));
      if (stale && !remindedLately) {
        PartnerStructure structure = page.getStructure();
        String url = properties.publicUrl() + "/annuaire-structure.html#"
            + links.issue(SecureLink.Purpose.DIRECTORY_PAGE, structure.getGroupId(), LINK_VALIDITY);
        mails.queue("directory:" + structure.getGroupId() + ":" + now.toEpochMilli(), structure.getEmail(),
            "directory-reminder", Map.of("structureName", structure.getName(), "serviceName", page.getServiceName(),
                "updatedOn", day(page.getUpdatedAt()), "pageUrl", url,
                "linkDays", LINK_VALIDITY.toDays()));
        page.reminded(now);
        reminded++;
      }
    }
    return reminded;
  }

  /**
   * The directory in the data·inclusion schema (structures and services, their mandatory fields and those the
   * pages hold), for the coordination to publish: PCPE staff only.
   */
  @Transactional(readOnly = true)
  public Map<String, Object> dataInclusion() {
    access.requireStaff();
    List<DirectoryPage> all = pages.findByStructureActiveTrueOrderByStructureName();
    List<Map<String, Object>> structureRows = all.stream().map(page -> {
      PartnerStructure structure = page.getStructure();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("source", DATA_INCLUSION_SOURCE);
      row.put("id", structure.getGroupId());
      row.put("nom", structure.getName());
      row.put("description", page.getDescription());
      row.put("date_maj", LocalDate.ofInstant(page.getUpdatedAt(), clock.getZone()).toString());
      row.put("siret", structure.getSiret());
      row.put("commune", structure.getCity());
      row.put("courriel", structure.getEmail());
      return row;
    }).toList();
    List<Map<String, Object>> serviceRows = all.stream().map(page -> {
      PartnerStructure structure = page.getStructure();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("source", DATA_INCLUSION_SOURCE);
      row.put("structure_id", structure.getGroupId());
      row.put("id", structure.getGroupId() + "-service");
      row.put("nom", page.getServiceName());
      row.put("description", page.getDescription());
      row.put("date_maj", LocalDate.ofInstant(page.getUpdatedAt(), clock.getZone()).toString());
      row.put("thematiques", page.getThemes().stream().map(Theme::code).toList());
      row.put("publics", page.getAudiences().stream().map(Audience::code).toList());
      row.put("commune", structure.getCity());
      row.put("courriel", page.getContactEmail());
      row.put("telephone", page.getContactPhone());
      row.put("contact_nom_prenom", page.getContactName());
      row.put("mobilisation_precisions", page.getHowToRefer());
      row.put("mobilisable_par", List.of("professionnels"));
      return row;
    }).toList();
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("structures", structureRows);
    export.put("services", serviceRows);
    return export;
  }

  private String day(Instant instant) {
    return FrenchDates.day(LocalDate.ofInstant(instant, clock.getZone()));
  }
}
