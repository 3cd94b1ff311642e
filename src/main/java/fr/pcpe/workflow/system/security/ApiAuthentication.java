package fr.pcpe.workflow.system.security;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.system.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who calls the application's API: a person logged in to Tasklist (the webapps' session: the PCPE's
 * pages need no second login), else HTTP Basic for API clients. A page of the application says so in
 * {@code X-Requested-With: pcpe-page}; without a session it gets a French 401 and no Basic challenge,
 * so the browser shows no login box. Writes stay JSON-only (SecurityConfiguration), which a form of
 * another site cannot send with the session's cookie.
 */
class ApiAuthentication extends OncePerRequestFilter {

  static final String PAGE_HEADER = "X-Requested-With";
  static final String PAGE = "pcpe-page";

  private final ProcessEngineAuthenticationFilter basic;
  private final IdentityService identityService;
  private final Messages messages;
  private final Problems problems;

  ApiAuthentication(ProcessEngineAuthenticationFilter basic, IdentityService identityService, Messages messages,
      Problems problems) {
    this.basic = basic;
    this.identityService = identityService;
    this.messages = messages;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    UserAuthentication user = WebappSession.user(request);
    if (user != null && request.getHeader("Authorization") == null) {
      identityService.setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
      try {
        chain.doFilter(request, response);
      } finally {
        identityService.clearAuthentication();
      }
      return;
    }
    if (PAGE.equals(request.getHeader(PAGE_HEADER)) && request.getHeader("Authorization") == null) {
      problems.write(response, HttpStatus.UNAUTHORIZED, messages.say("api.loginToTasklist"));
      return;
    }
    basic.doFilter(request, response, chain);
  }

}
