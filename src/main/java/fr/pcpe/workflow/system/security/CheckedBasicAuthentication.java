package fr.pcpe.workflow.system.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic authentication, without checking a second time a password that {@link LoginThrottle} has
 * just checked for this very request: a client without a device cookie had its password checked twice on each
 * call (a command, a read of the user and a hash each). Every other request is Camunda's provider's. Public, with
 * a public constructor: Camunda's filter makes it from its class name.
 */
public class CheckedBasicAuthentication extends HttpBasicAuthenticationProvider {

  /** The request attribute {@link LoginThrottle} sets to the user whose Basic credentials it has checked. */
  static final String CHECKED_USER = CheckedBasicAuthentication.class.getName() + ".user";

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    return request.getAttribute(CHECKED_USER) instanceof String user ? AuthenticationResult.successful(user)
        : super.extractAuthenticatedUser(request, engine);
  }
}
