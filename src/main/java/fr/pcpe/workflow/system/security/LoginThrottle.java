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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  private static final int MAX_CLIENTS = 100_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final MessageSource messages;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(int maxFailures, Duration window, Clock clock, MessageSource messages) {
    this.maxFailures = maxFailures;
    this.window = window;
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
    Instant blockedUntil = blockedUntil(client, now);
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
      recordFailure(client, clock.instant());
    }
  }

  /** HTTP Basic credentials, or the webapps' login form. */
  private static boolean isLoginAttempt(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        || "POST".equalsIgnoreCase(request.getMethod()) && request.getRequestURI().contains("/login/");
  }

  private Instant blockedUntil(String client, Instant now) {
    Deque<Instant> times = failures.get(client);
    if (times == null) {
      return null;
    }
    synchronized (times) {
      prune(times, now);
      return times.size() >= maxFailures ? times.peekFirst().plus(window) : null;
    }
  }

  private void recordFailure(String client, Instant now) {
    if (failures.size() > MAX_CLIENTS) {
      failures.entrySet().removeIf(entry -> {
        synchronized (entry.getValue()) {
          prune(entry.getValue(), now);
          return entry.getValue().isEmpty();
        }
      });
    }
    Deque<Instant> times = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
  }

  private void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.removeFirst();
    }
  }
}
