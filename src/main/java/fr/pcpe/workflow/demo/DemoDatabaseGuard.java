package fr.pcpe.workflow.demo;

import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.engine.StartRefusedException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, refuses to start on a database that holds the demo's users: their password
 * is published in the README. Runs before the administrator is set up (nothing is changed).
 */
@Component
public class DemoDatabaseGuard implements InitializingBean {

  private final PcpeProperties properties;
  private final IdentityService identityService;

  DemoDatabaseGuard(PcpeProperties properties, IdentityService identityService) {
    this.properties = properties;
    this.identityService = identityService;
  }

  @Override
  public void afterPropertiesSet() {
    if (properties.demo().enabled()) {
      return;
    }
    String[] demoUserIds = DemoData.USERS.stream().map(DemoData.DemoUser::id).toArray(String[]::new);
    List<String> found = identityService.createUserQuery().userIdIn(demoUserIds).list().stream()
        .map(user -> user.getId()).toList();
    if (!found.isEmpty()) {
      throw new StartRefusedException("This database was used by the demo profile: it holds the demo users "
          + found + ", whose password is public.",
          "Start on a new database (delete the H2 directory PCPE_DATA_DIR, default ./data, or create an empty "
              + "PostgreSQL database), or delete these users in Camunda Admin (demo profile) first, or keep it as a "
              + "demo with SPRING_PROFILES_ACTIVE=demo.");
    }
  }
}
