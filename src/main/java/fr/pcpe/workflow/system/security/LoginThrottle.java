package fr.pcpe.workflow.system.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows brute force per client (its IP address, on this node): after {@code maxFailures} failed logins
 * within {@code window}, the client's further logins are answered 429 until the window has passed. The
 * account itself is only delayed by the engine (at most a minute per failure), never locked for good,
 * so nobody can lock a real user out (docs/adr/0005). Failures are HTTP Basic answers 401 and failed
 * logins of the webapps.
 */
class LoginThrottle extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Clock clock;
  private final MessageSource messages;
  private final ClientFailures failures;

  LoginThrottle(int maxFailures, Duration window, Clock clock, MessageSource messages) {
    this.failures = new ClientFailures(maxFailures, window, clock);
    this.clock = clock;
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLoginAttempt(request)) {
      chain.doFilter(request, response);
      return;
    }
    String client = request.getRemoteAddr();
    Instant now = clock.instant();
    Instant blockedUntil = failures.blockedUntil(client);
    if (blockedUntil != null) {
      long minutes = Math.max(1, Duration.between(now, blockedUntil).toSeconds() / 60 + 1);
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(Duration.between(now, blockedUntil).toSeconds() + 1));
      response.setContentType("application/json;charset=UTF-8");
      String message = messages.getMessage("login.throttled", new Object[] {minutes}, Locale.FRENCH);
      response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", "TooManyLogins", "message", message)));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      failures.failed(client);
    }
  }

  /** HTTP Basic credentials, or the webapps' login form. */
  private static boolean isLoginAttempt(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        || "POST".equalsIgnoreCase(request.getMethod()) && request.getRequestURI().contains("/login/");
  }

}
