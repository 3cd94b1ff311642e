package fr.pcpe.workflow.system.security;

import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.Messages;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The one place where the application decides who may do what (docs/adr/0005). Every entry point (the
 * app's API, start forms' listeners, services) asks here, so a service is safe whoever calls it. The
 * caller is the user Camunda authenticated for this request (HTTP Basic or the webapps' session);
 * without one, the application itself is acting and everything is allowed.
 */
@Component
public class Access {

  private final IdentityService identityService;
  private final Messages messages;

  Access(IdentityService identityService, Messages messages) {
    this.identityService = identityService;
    this.messages = messages;
  }

  /** Whoever is acting: a user, or the application itself when nobody is authenticated. */
  public Caller caller() {
    return Caller.of(identityService.getCurrentAuthentication());
  }

  /**
   * The user of an API request; never the application: a request that reached the API without an
   * authenticated user is a configuration error, not a system call.
   */
  public Caller user() {
    if (identityService.getCurrentAuthentication() == null) {
      throw new IllegalStateException("No authenticated user: /api/* must be behind the authentication filter");
    }
    return caller();
  }

  /** PCPE staff only; anybody else gets 403. */
  public void requireStaff() {
    if (!caller().isStaff()) {
      throw new ForbiddenException(messages.say("access.staffOnly"));
    }
  }

  /** To a caller that the record's own rule ({@code followUp::visibleTo}) hides it from, it does not exist. */
  public void require(Predicate<Caller> visibleTo, Supplier<? extends RuntimeException> notFound) {
    if (!visibleTo.test(caller())) {
      throw notFound.get();
    }
  }
}
