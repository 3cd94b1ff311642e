package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.employer.EmployerRepository;
import fr.pcpe.workflow.network.NetworkPerson.OrganizationKind;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.EngineAccess;
import fr.pcpe.workflow.system.security.PersonNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network's listing for the coordination: each structure and employer with its people. */
@Service
public class NetworkOverview {

  private final PartnerStructureRepository structures;
  private final EmployerRepository employers;
  private final NetworkPersonRepository people;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final EngineAccess engineAccess;
  private final Access access;
  private final Messages messages;

  NetworkOverview(PartnerStructureRepository structures, EmployerRepository employers, NetworkPersonRepository people,
      IdentityService identityService, TaskService taskService, EngineAccess engineAccess, Access access,
      Messages messages) {
    this.structures = structures;
    this.employers = employers;
    this.people = people;
    this.identityService = identityService;
    this.taskService = taskService;
    this.engineAccess = engineAccess;
    this.access = access;
    this.messages = messages;
  }

  /** The structures and employers, with their people by name, last login and open tasks. */
  @Transactional(readOnly = true)
  public NetworkView listing() {
    access.requireStaff();
    Map<String, User> users = engineAccess.asSystem(() -> identityService.createUserQuery().list()).stream()
        .collect(Collectors.toMap(User::getId, user -> user));
    List<NetworkPerson> everybody = people.findAll();
    String[] logins = everybody.stream().map(NetworkPerson::getUserId).toArray(String[]::new);
    Map<String, Long> openTasks = logins.length == 0 ? Map.of() : engineAccess.asSystem(() ->
        taskService.createTaskQuery().taskAssigneeIn(logins).list()).stream()
        .collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
    Map<String, List<NetworkView.Person>> byOrganization = everybody.stream()
        .sorted(Comparator.comparing(person -> fullName(users.get(person.getUserId()))))
        .collect(Collectors.groupingBy(person -> person.getOrganizationKind() + ":" + person.getOrganizationId(),
            Collectors.mapping(person -> view(person, users.get(person.getUserId()),
                openTasks.getOrDefault(person.getUserId(), 0L)), Collectors.toList())));
    List<NetworkView.Organization> organizations = new ArrayList<>();
    for (PartnerStructure structure : structures.findAll(Sort.by("name"))) {
      organizations.add(new NetworkView.Organization(structure.getId(), OrganizationKind.STRUCTURE,
          kindLabel(OrganizationKind.STRUCTURE), structure.getName(), structure.getCity(), structure.isActive(),
          byOrganization.getOrDefault(OrganizationKind.STRUCTURE + ":" + structure.getId(), List.of())));
    }
    for (Employer employer : employers.findAll(Sort.by("name"))) {
      organizations.add(new NetworkView.Organization(employer.getId(), OrganizationKind.EMPLOYER,
          kindLabel(OrganizationKind.EMPLOYER), employer.getName(), null, true, byOrganization.getOrDefault(OrganizationKind.EMPLOYER + ":" + employer.getId(), List.of())));
    }
    return new NetworkView(organizations);
  }

  private String kindLabel(OrganizationKind kind) {
    return messages.say("network.kind." + kind);
  }

  private NetworkView.Person view(NetworkPerson person, User user, long openTasks) {
    return new NetworkView.Person(person.getUserId(), fullName(user), user == null ? null : user.getFirstName(),
        user == null ? null : user.getLastName(), user == null ? null : user.getEmail(),
        person.getRole(), messages.say("network.role." + person.getRole()), person.isActive(),
        person.getInvitedAt(), person.getLastLoginAt(), openTasks);
  }

  private static String fullName(User user) {
    return user == null ? "" : PersonNames.fullName(user);
  }
}
