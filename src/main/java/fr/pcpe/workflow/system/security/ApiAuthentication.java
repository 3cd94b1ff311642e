package fr.pcpe.workflow.system.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pcpe.workflow.common.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
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
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngineAuthenticationFilter basic;
  private final IdentityService identityService;
  private final Messages messages;

  ApiAuthentication(ProcessEngineAuthenticationFilter basic, IdentityService identityService, Messages messages) {
    this.basic = basic;
    this.identityService = identityService;
    this.messages = messages;
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
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(JSON.writeValueAsBytes(
          Map.of("message", messages.say("api.loginToTasklist"))));
      return;
    }
    basic.doFilter(request, response, chain);
  }

}
