package fr.pcpe.workflow.system;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;

/**
 * Who may call what over HTTP. The Camunda webapps keep their own session login; the engine REST API,
 * the app's API and the management metrics need HTTP Basic credentials checked by Camunda's identity
 * service (so Camunda authorizations apply to the authenticated user).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String[] AUTHENTICATED_PATHS = {
      "/engine-rest/*", "/api/*", "/manage/metrics", "/manage/metrics/*", "/manage/info"};

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("pcpeBasicAuthentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(AUTHENTICATED_PATHS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * The first administrator comes from configuration, so Camunda's setup page (which lets anybody
   * create an administrator on an empty user table) is never needed and always refused.
   */
  @Bean
  FilterRegistrationBean<Filter> adminSetupBlockingFilter() {
    Filter refuse = (request, response, chain) -> {
      HttpServletResponse httpResponse = (HttpServletResponse) response;
      httpResponse.setStatus(HttpServletResponse.SC_FORBIDDEN);
      httpResponse.setContentType(MediaType.APPLICATION_JSON_VALUE);
      httpResponse.getWriter().write(
          "{\"type\":\"Forbidden\",\"message\":\"Administrator setup is disabled: the first administrator comes from PCPE_ADMIN_USER and PCPE_ADMIN_PASSWORD.\"}");
    };
    var registration = new FilterRegistrationBean<>(refuse);
    registration.setName("pcpeAdminSetupBlocking");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
