package fr.pcpe.workflow.system.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import fr.pcpe.workflow.common.Messages;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Creates the Camunda groups, authorizations and Tasklist filters that go with the domain: the PCPE's
 * own groups, then one group per partner structure and one per employer, each opening Tasklist on its
 * own tasks. Every method is idempotent.
 */
@Service
public class AccessProvisioning {

  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";
  private static final String REFERRAL_PROCESS = "candidateReferral";
  private static final String PAUSE_PROCESS = "followUpPause";
  /**
   * The processes coordinators start themselves (Tasklist's "Start process"); the others are started
   * by the application after its own checks (follow-ups, referrals from the API) or by structures.
   */
  private static final List<String> COORDINATOR_STARTED = List.of("recruitmentDrive", "cafeContactEmploi",
      "reconnectionMeeting", "projectIncubation", PAUSE_PROCESS, "networkInvitation", "structureRegistration", "postOffer", "learningVisit");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final EngineAccess engineAccess;
  private final List<SharedTaskFilter> sharedFilters;

  private final Messages messages;

  AccessProvisioning(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, EngineAccess engineAccess,
      List<SharedTaskFilter> sharedFilters, Messages messages) {
    this.messages = messages;
    this.sharedFilters = sharedFilters;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.engineAccess = engineAccess;
  }

  /** Provisioning is the application's doing: a coordinator onboarding an employer creates no group herself. */
  private void asSystem(Runnable work) {
    engineAccess.asSystem(work);
  }

  /** The PCPE's own groups and the filters every user has. */
  public void provisionSystemGroups() {
    asSystem(this::doProvisionSystemGroups);
  }

  private void doProvisionSystemGroups() {
    // the webapps recognise administrators by their membership of camunda-admin
    ensureGroup(PcpeGroups.ADMIN, "Administrateurs PCPE", PcpeGroups.TYPE_SYSTEM);
    ensureGroup(Groups.CAMUNDA_ADMIN, "Administrateurs Camunda", PcpeGroups.TYPE_SYSTEM);
    for (Resources resource : Resources.values()) {
      grant(PcpeGroups.ADMIN, resource, ANY, Permissions.ALL);
      grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }

    ensureGroup(PcpeGroups.COORDINATORS, "Coordination PCPE", PcpeGroups.TYPE_SYSTEM);
    grant(PcpeGroups.COORDINATORS, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grant(PcpeGroups.COORDINATORS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(PcpeGroups.COORDINATORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK, Permissions.UPDATE_TASK);
    // databases provisioned before 0.2 let coordinators start any process
    revoke(PcpeGroups.COORDINATORS, Resources.PROCESS_DEFINITION, ANY, Permissions.CREATE_INSTANCE);
    for (String processKey : COORDINATOR_STARTED) {
      grant(PcpeGroups.COORDINATORS, Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
    }
    grant(PcpeGroups.COORDINATORS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE,
        Permissions.READ, Permissions.UPDATE);
    grant(PcpeGroups.COORDINATORS, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
    grant(PcpeGroups.COORDINATORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(PcpeGroups.COORDINATORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(PcpeGroups.COORDINATORS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(PcpeGroups.COORDINATORS, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
        HistoricProcessInstancePermissions.READ);
    // Tasklist names a task's groups and people when its user may read them: the coordination reads everybody
    grant(PcpeGroups.COORDINATORS, Resources.GROUP, ANY, Permissions.READ);
    grant(PcpeGroups.COORDINATORS, Resources.USER, ANY, Permissions.READ);
    ensureGroupFilter(PcpeGroups.COORDINATORS, "Coordination PCPE", "Coordination PCPE", -10);

    ensureFilterForEverybody("mine", -20,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()
            .orderByTaskPriority().desc());
    ensureFilterForEverybody("myGroups", -30,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc().orderByTaskPriority().desc());
    // the features' shared lists (the late follow-ups), for the partner structures and the coordination only: an
    // employer follows nobody
    for (SharedTaskFilter shared : sharedFilters) {
      Filter filter = ensureFilter(messages.say("filter." + shared.key() + ".name"),
          messages.say("filter." + shared.key() + ".description"),
          shared.priority(), shared.query().apply(taskService));
      authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
          .userIdIn(ANY).list().forEach(everybody -> authorizationService.deleteAuthorization(everybody.getId()));
      grant(PcpeGroups.COORDINATORS, Resources.FILTER, filter.getId(), Permissions.READ);
      identityService.createGroupQuery().groupType(PcpeGroups.TYPE_STRUCTURE).list()
          .forEach(structure -> grant(structure.getId(), Resources.FILTER, filter.getId(), Permissions.READ));
    }
    // the administrators land on the network's open work, the most urgent first
    Filter network = ensureFilter(messages.say("filter.network.name"), messages.say("filter.network.description"), -40,
        taskService.createTaskQuery().orderByDueDate().asc().orderByTaskPriority().desc());
    grant(PcpeGroups.ADMIN, Resources.FILTER, network.getId(), Permissions.READ);
    forgetRedundantTaskAuthorizations();
  }

  /**
   * Databases provisioned before docs/adr/0009 hold an authorization per task offered to the coordinators:
   * their grant on every task already says it all, and each such row slowed down their task queries.
   */
  private void forgetRedundantTaskAuthorizations() {
    String[] groups = PcpeGroups.SEE_EVERY_TASK.toArray(String[]::new);
    List<Authorization> redundant;
    do {
      redundant = authorizationService.createAuthorizationQuery().groupIdIn(groups).resourceType(Resources.TASK)
          .listPage(0, 500).stream().filter(authorization -> !ANY.equals(authorization.getResourceId())).toList();
      redundant.forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    } while (!redundant.isEmpty());
  }

  /**
   * The group of a partner structure: its users open Tasklist on the structure's tasks and refer
   * candidates (they start candidateReferral instances, and see nothing of others').
   */
  public void provisionStructureGroup(String groupId, String structureName) {
    provisionExternalGroup(groupId, structureName, PcpeGroups.TYPE_STRUCTURE);
    provisionExternalGroup(PcpeGroups.headsOf(groupId), "Direction — " + structureName, PcpeGroups.TYPE_STRUCTURE);
    asSystem(() -> {
      // the structure's people read its two groups' names (Tasklist shows a task's groups by name; the engine
      // already lets a group's members read their own group)
      grant(groupId, Resources.GROUP, PcpeGroups.headsOf(groupId), Permissions.READ);
      grant(PcpeGroups.headsOf(groupId), Resources.GROUP, groupId, Permissions.READ);
      grant(groupId, Resources.PROCESS_DEFINITION, REFERRAL_PROCESS, Permissions.READ,
          Permissions.CREATE_INSTANCE);
      // each authorization once: inside a running command an insert is not visible to a query yet
      for (String group : List.of(groupId, PcpeGroups.headsOf(groupId))) {
        grant(group, Resources.PROCESS_DEFINITION, PAUSE_PROCESS, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      }
    });
  }

  /** The group of an employer: its users open Tasklist on the tasks of their own drives. */
  public void provisionEmployerGroup(String groupId, String employerName) {
    provisionExternalGroup(groupId, employerName, PcpeGroups.TYPE_EMPLOYER);
  }

  /**
   * The person's colleagues (their structure's members and heads, or their employer's contacts) read their
   * name, so that Tasklist names whoever has a task instead of showing their login.
   */
  public void shareName(String userId, Collection<String> groupIds) {
    asSystem(() -> {
      for (String groupId : groupIds) {
        if (PcpeGroups.structureOf(groupId).isPresent()) {
          grant(groupId, Resources.USER, userId, Permissions.READ);
          grant(PcpeGroups.headsOf(groupId), Resources.USER, userId, Permissions.READ);
        } else if (groupId.startsWith(PcpeGroups.EMPLOYER_PREFIX)) {
          grant(groupId, Resources.USER, userId, Permissions.READ);
        }
      }
    });
  }

  /** Adds a user to groups, creating the user if it does not exist yet. */
  public void ensureUser(String userId, String firstName, String lastName, String email,
      String password, String... groupIds) {
    asSystem(() -> {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        User user = identityService.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identityService.saveUser(user);
      }
      for (String groupId : groupIds) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
          identityService.createMembership(userId, groupId);
        }
      }
    });
    shareName(userId, List.of(groupIds));
  }

  /** Sets a user's password (the policy applies) and lifts any delay left by failed logins. */
  public void resetPassword(String userId, String password) {
    asSystem(() -> {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.unlockUser(userId);
    });
  }

  private void provisionExternalGroup(String groupId, String name, String type) {
    asSystem(() -> {
      ensureGroup(groupId, name, type);
      grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      ensureGroupFilter(groupId, messages.say("filter.group.name", name), name, 10);
      if (PcpeGroups.TYPE_STRUCTURE.equals(type)) {
        for (SharedTaskFilter shared : sharedFilters) {
          Filter filter = filterService.createTaskFilterQuery()
              .filterName(messages.say("filter." + shared.key() + ".name")).singleResult();
          if (filter != null) {
            grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
          }
        }
      }
    });
  }

  private void ensureGroup(String groupId, String name, String type) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
        .filter(existing -> existing.getAuthorizationType() == AUTH_TYPE_GRANT)
        .findFirst()
        .orElseGet(() -> {
          Authorization created = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
          created.setGroupId(groupId);
          created.setResource(resource);
          created.setResourceId(resourceId);
          return created;
        });
    // every start provisions again: an authorization that already grants everything is left as it is
    if (authorization.getId() == null || !Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      for (Permission permission : permissions) {
        authorization.addPermission(permission);
      }
      authorizationService.saveAuthorization(authorization);
    }
  }

  private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
    authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .list().stream()
        .filter(existing -> existing.getAuthorizationType() == AUTH_TYPE_GRANT && existing.isPermissionGranted(permission))
        .forEach(existing -> {
          existing.removePermission(permission);
          authorizationService.saveAuthorization(existing);
        });
  }

  /** A filter of the tasks offered to a group, described with the group's name. */
  private void ensureGroupFilter(String groupId, String filterName, String groupName, int priority) {
    Filter filter = ensureFilter(filterName, messages.say("filter.group.description", groupName), priority,
        taskService.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks().orderByDueDate().asc()
            .orderByTaskPriority().desc());
    grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  /** @param filter the filter's key in messages.properties ({@code filter.<key>.name}, {@code .description}) */
  private void ensureFilterForEverybody(String key, int priority, TaskQuery query) {
    String name = messages.say("filter." + key + ".name");
    String description = messages.say("filter." + key + ".description");
    Filter filter = ensureFilter(name, description, priority, query);
    boolean granted = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filter.getId()).userIdIn(ANY).count() > 0;
    if (!granted) {
      Authorization everybody = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      everybody.setResource(Resources.FILTER);
      everybody.setResourceId(filter.getId());
      everybody.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(everybody);
    }
  }

  private Filter ensureFilter(String name, String description, int priority, TaskQuery query) {
    Filter existing = filterService.createTaskFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      existing.setQuery(query); // a filter made by an earlier version gets today's criteria and order
      return filterService.saveFilter(existing);
    }
    Filter filter = filterService.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    return filterService.saveFilter(filter);
  }
}
