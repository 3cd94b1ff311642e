package fr.pcpe.workflow.system.security;

import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting: a user with their groups, or the application itself ({@link #SYSTEM}: jobs, start-up,
 * work the application decided after its own check).
 */
public record Caller(String userId, List<String> groupIds) {

  public static final Caller SYSTEM = new Caller(null, List.of());
  /** Nobody authenticated: may do nothing. */
  static final Caller ANONYMOUS = new Caller("", List.of());

  public Caller {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }

  static Caller of(Authentication authentication) {
    return authentication == null ? SYSTEM : new Caller(authentication.getUserId(), authentication.getGroupIds());
  }

  public boolean isSystem() {
    return userId == null;
  }

  /** Administrators: {@code pcpe-admin} and Camunda's {@code camunda-admin}. */
  public boolean isAdmin() {
    return isSystem() || groupIds.contains(PcpeGroups.ADMIN) || groupIds.contains(Groups.CAMUNDA_ADMIN);
  }

  /** PCPE staff: administrators and coordinators. */
  public boolean isStaff() {
    return isAdmin() || groupIds.contains(PcpeGroups.COORDINATORS);
  }

  public boolean isMemberOf(String groupId) {
    return groupIds.contains(groupId);
  }

  /** Staff, or a member of the structure's group or of its heads' group. */
  public boolean maySee(String structureGroupId) {
    return isStaff() || isMemberOf(structureGroupId) || isMemberOf(PcpeGroups.headsOf(structureGroupId));
  }
}
