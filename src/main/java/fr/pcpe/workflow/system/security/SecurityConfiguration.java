package fr.pcpe.workflow.system.security;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.engine.StartFormOptions;
import fr.pcpe.workflow.system.web.Problems;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Who may call what over HTTP (docs/adr/0001, 0005). The Camunda webapps keep their own session login;
 * the engine REST API, the app's API and the management metrics need HTTP Basic credentials checked by
 * Camunda's identity service (so Camunda authorizations apply to the authenticated user). In front of
 * them: the per-client login throttle; behind the authentication: the guard of the engine's REST API.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String API = "/api/*";
  static final String[] AUTHENTICATED_PATHS = {
      "/engine-rest/*", API, "/manage/metrics", "/manage/metrics/*", "/manage/info"};
  private static final String WEBAPP_API = "/camunda/api/*";

  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottleFilter(PcpeProperties properties, IdentityService identityService,
      ManagementService management, Clock clock, Messages messages) {
    var registration = new FilterRegistrationBean<>(new LoginThrottle(properties.login(), identityService, management,
        clock, messages));
    registration.setName("pcpeLoginThrottle");
    registration.addUrlPatterns(AUTHENTICATED_PATHS);
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("pcpeBasicAuthentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        CheckedBasicAuthentication.class.getName());
    registration.addUrlPatterns(Arrays.stream(AUTHENTICATED_PATHS).filter(path -> !path.equals(API)).toArray(String[]::new));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The application's API: the Tasklist session (the PCPE's pages), else HTTP Basic. */
  @Bean
  FilterRegistrationBean<ApiAuthentication> apiAuthenticationFilter(IdentityService identityService,
      Messages messages, Problems problems) throws ServletException {
    ProcessEngineAuthenticationFilter basic = new ProcessEngineAuthenticationFilter();
    basic.init(new FilterConfig() {
      @Override
      public String getFilterName() {
        return "pcpeApiBasicAuthentication";
      }

      @Override
      public ServletContext getServletContext() {
        return null;
      }

      @Override
      public String getInitParameter(String name) {
        return ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM.equals(name)
            ? CheckedBasicAuthentication.class.getName() : null;
      }

      @Override
      public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(List.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM));
      }
    });
    var registration = new FilterRegistrationBean<>(new ApiAuthentication(basic, identityService, messages, problems));
    registration.setName("pcpeApiAuthentication");
    registration.addUrlPatterns(API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuardFilter(IdentityService identityService, FormFields formFields,
      Messages messages, List<StartFormOptions> startFormOptions) {
    var registration = new FilterRegistrationBean<>(new EngineApiGuard(identityService, formFields, messages,
        startFormOptions));
    registration.setName("pcpeEngineApiGuard");
    registration.addUrlPatterns("/engine-rest/*", WEBAPP_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /**
   * The app's own API and pages: no caching of answers, no sniffing, no referrer, and a content
   * security policy (the pages load their scripts and styles from the application only). A call that
   * changes something through the API sends JSON: a form posted from another site is refused (415).
   */
  @Bean
  FilterRegistrationBean<Filter> securityHeadersFilter(Messages messages, Problems problems) {
    Filter headers = (request, response, chain) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      HttpServletRequest httpRequest = (HttpServletRequest) request;
      String path = httpRequest.getRequestURI();
      if (path.startsWith("/api/") && !"GET".equals(httpRequest.getMethod()) && !"HEAD".equals(httpRequest.getMethod())
          && !"OPTIONS".equals(httpRequest.getMethod()) && !isJson(httpRequest.getContentType())) {
        problems.write(http, HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.say("api.jsonOnly"));
        return;
      }
      if (path.startsWith(WEBAPP_API.substring(0, WEBAPP_API.length() - 1))) {
        // Tasklist's and Cockpit's answers name people: no copy in a browser's or a proxy's cache
        http.setHeader("Cache-Control", "no-store");
      }
      if (!path.startsWith("/camunda/")) {
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "no-referrer");
        http.setHeader("X-Frame-Options", "DENY");
        boolean json = path.startsWith("/api/") || path.startsWith("/links/") || path.startsWith("/engine-rest/");
        http.setHeader("Content-Security-Policy", json
            ? "default-src 'none'; frame-ancestors 'none'"
            : "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        if (json) {
          http.setHeader("Cache-Control", "no-store");
        }
      }
      chain.doFilter(request, response);
    };
    var registration = new FilterRegistrationBean<>(headers);
    registration.setName("pcpeSecurityHeaders");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
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
