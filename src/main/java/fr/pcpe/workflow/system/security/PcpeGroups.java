package fr.pcpe.workflow.system.security;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;

/** Ids of the Camunda groups the application creates. */
public final class PcpeGroups {

  public static final String ADMIN = "pcpe-admin";
  public static final String COORDINATORS = "pcpe-coordinators";
  public static final String STRUCTURE_PREFIX = "structure-";
  public static final String EMPLOYER_PREFIX = "employer-";
  private static final String HEADS_SUFFIX = "-heads";

  /**
   * The groups granted READ and UPDATE on every task (AccessProvisioning): no authorization is written per task
   * for them (TaskAuthorizations, docs/adr/0009).
   */
  public static final Set<String> SEE_EVERY_TASK = Set.of(COORDINATORS, ADMIN, Groups.CAMUNDA_ADMIN);

  /** Camunda group types, shown in Camunda Admin. */
  static final String TYPE_SYSTEM = "SYSTEM";
  static final String TYPE_STRUCTURE = "STRUCTURE";
  static final String TYPE_EMPLOYER = "EMPLOYER";

  private PcpeGroups() {
  }

  public static String ofEmployer(String siret) {
    return EMPLOYER_PREFIX + siret;
  }

  /** The heads of a structure: they see its referents' late follow-ups. */
  public static String headsOf(String structureGroupId) {
    return structureGroupId + HEADS_SUFFIX;
  }

  public static String ofStructure(long structureId) {
    return STRUCTURE_PREFIX + structureId;
  }

  /** The structure's group of a structure's group or of its heads' group; none for any other group. */
  public static Optional<String> structureGroupOf(String groupId) {
    String group = groupId != null && groupId.endsWith(HEADS_SUFFIX)
        ? groupId.substring(0, groupId.length() - HEADS_SUFFIX.length()) : groupId;
    return structureOf(group).isPresent() ? Optional.of(group) : Optional.empty();
  }

  /** The structure whose members' group this is ({@link #ofStructure}); empty for any other group. */
  public static OptionalLong structureOf(String groupId) {
    if (groupId == null || !groupId.startsWith(STRUCTURE_PREFIX)) {
      return OptionalLong.empty();
    }
    String id = groupId.substring(STRUCTURE_PREFIX.length());
    return !id.isEmpty() && id.length() < 19 && id.chars().allMatch(c -> c >= '0' && c <= '9')
        ? OptionalLong.of(Long.parseLong(id)) : OptionalLong.empty();
  }
}
