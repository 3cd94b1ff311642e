package fr.pcpe.workflow.system.security;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People as others read them: first and last name, never their login. */
@Component
public class PersonNames {

  private final IdentityService identityService;
  private final EngineAccess engineAccess;

  PersonNames(IdentityService identityService, EngineAccess engineAccess) {
    this.identityService = identityService;
    this.engineAccess = engineAccess;
  }

  /** "Camille Martin"; empty for nobody or a login the engine does not know. */
  public String of(String userId) {
    return userId == null ? "" : of(java.util.List.of(userId)).getOrDefault(userId, "");
  }

  /** The names of these logins, in one query (a list names many people). */
  public Map<String, String> of(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return engineAccess.asSystem(() -> identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new))
        .list().stream().collect(Collectors.toMap(User::getId, PersonNames::fullName)));
  }

  public static String fullName(User person) {
    return (person.getFirstName() + " " + person.getLastName()).strip();
  }
}
