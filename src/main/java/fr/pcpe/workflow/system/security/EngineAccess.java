package fr.pcpe.workflow.system.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine work as the application itself, without the current user's Camunda authorizations, and
 * restores them afterwards. Only for what the application decided after its own access check, outside
 * delegation code (where the engine checks nothing anyway): a structure withdrawing its own referral
 * through the API, groups created with domain records.
 */
@Component
public class EngineAccess {

  private final IdentityService identityService;

  EngineAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T asSystem(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public void asSystem(Runnable work) {
    asSystem(() -> {
      work.run();
      return null;
    });
  }
}
