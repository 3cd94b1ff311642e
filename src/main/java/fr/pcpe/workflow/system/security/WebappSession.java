package fr.pcpe.workflow.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The person logged in to the webapps (Tasklist, Cockpit, Admin), from the request's session. */
public final class WebappSession {

  private WebappSession() {
  }

  /** Null when nobody is logged in to the default engine in this session. */
  static UserAuthentication user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null
        && authentications.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user ? user : null;
  }

  /** The person logged in to Tasklist as a caller (the staff site's pages); null when nobody is. */
  public static Caller caller(HttpServletRequest request) {
    UserAuthentication user = user(request);
    return user == null ? null : new Caller(user.getIdentityId(), user.getGroupIds());
  }
}
