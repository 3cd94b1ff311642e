package fr.pcpe.workflow.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** Notes when a person logs in to the webapps (the network's listing shows it): the login's answer names them. */
class LastLoginFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final NetworkService network;
  private final Clock clock;

  LastLoginFilter(NetworkService network, Clock clock) {
    this.network = network;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() == HttpServletResponse.SC_OK) {
      try {
        JsonNode body = JSON.readTree(answer.getContentAsByteArray());
        if (body != null && body.hasNonNull("userId")) {
          network.loggedIn(body.get("userId").asText(), clock.instant());
        }
      } catch (IOException notJson) {
        // not a login answer: nothing to note
      }
    }
    answer.copyBodyToResponse();
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<LastLoginFilter> lastLoginFilter(NetworkService network, Clock clock) {
      var registration = new FilterRegistrationBean<>(new LastLoginFilter(network, clock));
      registration.setName("pcpeLastLogin");
      registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
      return registration;
    }
  }
}
