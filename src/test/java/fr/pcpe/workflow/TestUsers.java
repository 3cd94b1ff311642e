package fr.pcpe.workflow;

import fr.pcpe.workflow.system.security.AccessProvisioning;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creates users of the integration tests, with unique ids so that tests never depend on each other. */
@Component
public class TestUsers {

  public static final String PASSWORD = "Secret-Mot-2026!";

  /** {@code length} random lower-case letters, to make a person's name unique (a name holds no digits). */
  public static String uniqueLetters(int length) {
    StringBuilder letters = new StringBuilder();
    UUID.randomUUID().toString().replace("-", "").chars().limit(length)
        .forEach(hex -> letters.append((char) ('a' + Character.digit(hex, 16))));
    return letters.toString();
  }

  private final AccessProvisioning access;

  TestUsers(AccessProvisioning access) {
    this.access = access;
  }

  /** A new user, member of the group, whose id starts with the prefix. */
  public String create(String prefix, String groupId) {
    String userId = prefix + UUID.randomUUID().toString().substring(0, 8);
    access.ensureUser(userId, "Camille", "Essai", userId + "@test.example", PASSWORD, groupId);
    return userId;
  }
}
