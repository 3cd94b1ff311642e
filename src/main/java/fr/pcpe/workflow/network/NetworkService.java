package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.employer.EmployerRepository;
import fr.pcpe.workflow.link.SecureLink;
import fr.pcpe.workflow.link.SecureLinks;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.network.NetworkForms.IdentityForm;
import fr.pcpe.workflow.network.NetworkForms.PersonForm;
import fr.pcpe.workflow.network.NetworkForms.StructureForm;
import fr.pcpe.workflow.network.NetworkPerson.OrganizationKind;
import fr.pcpe.workflow.network.NetworkPerson.Role;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import fr.pcpe.workflow.partner.PartnerStructureService;
import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.AccessProvisioning;
import fr.pcpe.workflow.system.security.EngineAccess;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network as the PCPE runs it: structures registered, edited, deactivated; people invited to a
 * structure or an employer (a Camunda user in the right groups, with an unknown password until they
 * choose theirs from the emailed link: {@link NetworkPasswords}), deactivated (no login, their tasks back to their
 * group). Coordinators and administrators only, whoever calls; the listing is {@link NetworkOverview}'s.
 */
@Service
public class NetworkService {

  private final PartnerStructureRepository structures;
  private final PartnerStructureService structureService;
  private final EmployerRepository employers;
  private final NetworkPersonRepository people;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final EngineAccess engineAccess;
  private final Access access;
  private final AccessProvisioning provisioning;
  private final SecureLinks links;
  private final MailService mails;
  private final PcpeProperties properties;
  private final Messages messages;
  private final Clock clock;
  private final String coordinatorsEmail;
  private final SecureRandom random = new SecureRandom();

  NetworkService(PartnerStructureRepository structures, PartnerStructureService structureService,
      EmployerRepository employers, NetworkPersonRepository people, IdentityService identityService,
      TaskService taskService, EngineAccess engineAccess, Access access, AccessProvisioning provisioning,
      SecureLinks links, MailService mails, PcpeProperties properties, Messages messages, Clock clock) {
    this.coordinatorsEmail = properties.coordinatorsEmail();
    this.structures = structures;
    this.structureService = structureService;
    this.employers = employers;
    this.people = people;
    this.identityService = identityService;
    this.taskService = taskService;
    this.engineAccess = engineAccess;
    this.access = access;
    this.provisioning = provisioning;
    this.links = links;
    this.mails = mails;
    this.properties = properties;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional
  public PartnerStructure registerStructure(StructureForm form) {
    access.requireStaff();
    check(form.violations());
    if (structures.findByName(form.name()).isPresent()) {
      throw new ConflictException(messages.say("network.structure.exists", form.name()));
    }
    PartnerStructure structure = new PartnerStructure(form.name(), form.type(), form.city(), form.email(),
        form.headEmail());
    structure.update(form.name(), form.type(), form.city(), form.email(), form.headEmail(), form.siret());
    return structureService.create(structure);
  }

  @Transactional
  public PartnerStructure editStructure(long id, StructureForm form) {
    access.requireStaff();
    check(form.violations());
    PartnerStructure structure = structure(id);
    structures.findByName(form.name()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
      throw new ConflictException(messages.say("network.structure.exists", form.name()));
    });
    structure.update(form.name(), form.type(), form.city(), form.email(), form.headEmail(), form.siret());
    return structure;
  }

  /** The structure is no longer offered to drives; its people can no longer log in. */
  @Transactional
  public PartnerStructure deactivateStructure(long id) {
    access.requireStaff();
    PartnerStructure structure = structure(id);
    structure.deactivate();
    people.findByOrganizationKindAndOrganizationId(OrganizationKind.STRUCTURE, id).stream()
        .filter(NetworkPerson::isActive).forEach(this::deactivate);
    return structure;
  }

  /**
   * Creates the person's account in their organization's groups and emails them a single-use link to
   * choose their password (no password ever travels by email).
   */
  @Transactional
  public NetworkPerson invite(PersonForm form) {
    access.requireStaff();
    check(form.violations());
    OrganizationKind kind = form.role() == Role.EMPLOYER_CONTACT ? OrganizationKind.EMPLOYER : OrganizationKind.STRUCTURE;
    String organizationName;
    List<String> groups;
    if (kind == OrganizationKind.EMPLOYER) {
      Employer employer = employers.findById(form.organizationId())
          .orElseThrow(() -> new InvalidInputException("organizationId", messages.say("network.employer.notFound")));
      organizationName = employer.getName();
      groups = List.of(employer.getGroupId());
    } else {
      PartnerStructure structure = structure(form.organizationId());
      if (!structure.isActive()) {
        throw new ConflictException(messages.say("network.structure.inactive", structure.getName()));
      }
      organizationName = structure.getName();
      groups = form.role() == Role.HEAD ? List.of(structure.getGroupId(), PcpeGroups.headsOf(structure.getGroupId()))
          : List.of(structure.getGroupId());
    }
    boolean emailTaken = engineAccess.asSystem(() ->
        identityService.createUserQuery().userEmail(form.email()).count() > 0);
    if (emailTaken) {
      throw new ConflictException(messages.say("network.person.exists", form.email()));
    }
    String userId = engineAccess.asSystem(() -> {
      String id = freeUserId(form.firstName(), form.lastName());
      User user = identityService.newUser(id);
      user.setFirstName(form.firstName());
      user.setLastName(form.lastName());
      user.setEmail(form.email());
      user.setPassword(unguessablePassword());
      identityService.saveUser(user);
      groups.forEach(group -> identityService.createMembership(id, group));
      return id;
    });
    provisioning.shareName(userId, groups);
    NetworkPerson person = people.save(new NetworkPerson(userId, kind, form.organizationId(), form.role(),
        clock.instant()));
    sendInvitation(person, form.firstName(), form.email(), organizationName);
    return person;
  }

  /**
   * Lists a person who already has an account (the demo's people) as a member of the network, so that the
   * network's listing shows them with their organization; nothing is sent.
   */
  @Transactional
  public void listMember(String userId, OrganizationKind kind, long organizationId, Role role) {
    if (!people.existsById(userId)) {
      people.save(new NetworkPerson(userId, kind, organizationId, role, clock.instant()));
    }
  }

  /** A new invitation (the previous links stop working), e.g. when the first one expired. */
  @Transactional
  public void reinvite(String userId) {
    access.requireStaff();
    NetworkPerson person = person(userId);
    if (!person.isActive()) {
      throw new ConflictException(messages.say("network.person.inactive"));
    }
    User user = engineAccess.asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
    sendInvitation(person, user.getFirstName(), user.getEmail(), organizationName(person));
  }

  /**
   * The coordination changes a person's name or email (people cannot change their own: their links and alerts go
   * to that address). Both the previous and the new address are told.
   */
  @Transactional
  public void changeIdentity(String userId, IdentityForm form) {
    access.requireStaff();
    check(form.violations());
    NetworkPerson person = person(userId);
    User user = engineAccess.asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
    String previousEmail = user.getEmail();
    boolean emailTaken = !form.email().equalsIgnoreCase(previousEmail) && engineAccess.asSystem(() ->
        identityService.createUserQuery().userEmail(form.email()).count() > 0);
    if (emailTaken) {
      throw new ConflictException(messages.say("network.person.exists", form.email()));
    }
    engineAccess.asSystem(() -> {
      user.setFirstName(form.firstName());
      user.setLastName(form.lastName());
      user.setEmail(form.email());
      identityService.saveUser(user);
    });
    Map<String, Object> values = new HashMap<>();
    values.put("firstName", form.firstName());
    values.put("fullName", form.firstName() + " " + form.lastName());
    values.put("organization", organizationName(person));
    values.put("email", form.email());
    values.put("previousEmail", previousEmail);
    values.put("coordinatorsEmail", coordinatorsEmail);
    String key = "identity:" + userId + ":" + clock.instant().toEpochMilli();
    mails.queue(key, form.email(), "network-identity-changed", values);
    if (previousEmail != null && !previousEmail.equalsIgnoreCase(form.email())) {
      mails.queue(key + ":previous", previousEmail, "network-identity-changed", values);
    }
  }

  /** The person can no longer log in; the tasks assigned to them go back to their group. */
  @Transactional
  public void deactivatePerson(String userId) {
    access.requireStaff();
    NetworkPerson person = person(userId);
    if (person.isActive()) {
      deactivate(person);
    }
  }

  /** A person logged in to the webapps (the listing shows when they last did). */
  @Transactional
  public void loggedIn(String userId, Instant at) {
    people.findById(userId).ifPresent(person -> person.loggedIn(at));
  }

  private void sendInvitation(NetworkPerson person, String firstName, String email, String organizationName) {
    links.expireAll(SecureLink.Purpose.PASSWORD, person.getUserId());
    String token = links.issue(SecureLink.Purpose.PASSWORD, person.getUserId(), properties.links().invitationValidity());
    Map<String, Object> values = new HashMap<>();
    values.put("firstName", firstName);
    values.put("organization", organizationName);
    values.put("role", messages.say("network.role." + person.getRole()));
    values.put("login", person.getUserId());
    values.put("passwordUrl", properties.publicUrl() + "/mot-de-passe.html#" + token);
    values.put("coordinatorsEmail", coordinatorsEmail);
    mails.queue("invitation:" + person.getUserId() + ":" + clock.instant().toEpochMilli(), email, "network-invitation",
        values);
  }

  private void deactivate(NetworkPerson person) {
    person.deactivate();
    links.expireAll(SecureLink.Purpose.PASSWORD, person.getUserId());
    engineAccess.asSystem(() -> {
      User user = identityService.createUserQuery().userId(person.getUserId()).singleResult();
      if (user != null) {
        user.setPassword(unguessablePassword());
        identityService.saveUser(user);
      }
      for (Group group : identityService.createGroupQuery().groupMember(person.getUserId()).list()) {
        identityService.deleteMembership(person.getUserId(), group.getId());
      }
      taskService.createTaskQuery().taskAssignee(person.getUserId()).list()
          .forEach(task -> taskService.setAssignee(task.getId(), null));
    });
  }

  private String organizationName(NetworkPerson person) {
    return person.getOrganizationKind() == OrganizationKind.EMPLOYER
        ? employers.findById(person.getOrganizationId()).map(Employer::getName).orElse("")
        : structures.findById(person.getOrganizationId()).map(PartnerStructure::getName).orElse("");
  }

  private String freeUserId(String firstName, String lastName) {
    String base = (ascii(firstName) + "." + ascii(lastName)).replaceAll("^\\.+|\\.+$", "");
    base = base.isEmpty() ? "personne" : base.substring(0, Math.min(base.length(), 56));
    String candidate = base;
    for (int suffix = 2; identityService.createUserQuery().userId(candidate).count() > 0; suffix++) {
      candidate = base + suffix;
    }
    return candidate;
  }

  private static String ascii(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private String unguessablePassword() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return "Aa1-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private PartnerStructure structure(long id) {
    return structures.findById(id).orElseThrow(() -> new NotFoundException(messages.say("network.structure.notFound")));
  }

  private NetworkPerson person(String userId) {
    return people.findById(userId).orElseThrow(() -> new NotFoundException(messages.say("network.person.notFound")));
  }

  private void check(Map<String, String> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations.keySet().iterator().next(), violations.values().stream()
          .distinct().map(key -> messages.say(key)).collect(Collectors.joining(" ")));
    }
  }
}
