package fr.pcpe.workflow.system.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.system.PcpeProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops guessing, not people (docs/adr/0005, OWASP's device cookies). A client that logs in as a user gets a
 * device cookie for them; its later logins as that user count their failures on that cookie alone, so no
 * attacker can keep it out. Clients without one (a new browser, an attacker) are refused (429) for the rest
 * of the window after too many failures from their address or at the account. The engine itself neither
 * delays nor locks an account. Failures are HTTP Basic answers 401 and failed logins of the webapps; the
 * counts are per node.
 */
class LoginThrottle extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_FORM = 8 * 1024;

  private final IdentityService identityService;
  private final DeviceCookies devices;
  private final Clock clock;
  private final Messages messages;
  private final ClientFailures bySource;
  private final ClientFailures byAccount;
  private final ClientFailures byDevice;

  LoginThrottle(PcpeProperties.Login settings, IdentityService identityService, ManagementService management,
      Clock clock, Messages messages) {
    this.identityService = identityService;
    this.devices = new DeviceCookies(management, settings.deviceValidity(), clock);
    this.clock = clock;
    this.messages = messages;
    this.bySource = new ClientFailures(settings.clientMaxFailures(), settings.clientWindow(), clock);
    this.byAccount = new ClientFailures(settings.accountMaxFailures(), settings.clientWindow(), clock);
    this.byDevice = new ClientFailures(settings.accountMaxFailures(), settings.clientWindow(), clock);
  }

  private record Credentials(String user, String password) {
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader("Authorization");
    boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    if (!basic && !("POST".equalsIgnoreCase(request.getMethod()) && request.getRequestURI().contains("/login/"))) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest attempt = request;
    Credentials credentials;
    if (basic) {
      credentials = basic(authorization.substring(6).strip());
    } else {
      // a login form is a few dozen bytes: a larger body is no login and goes no further
      byte[] body = request.getInputStream().readNBytes(MAX_FORM + 1);
      if (body.length > MAX_FORM) {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
      attempt = new CachedBodyRequest(request, body);
      credentials = form(new String(body, StandardCharsets.UTF_8));
    }
    String account = credentials == null ? "" : credentials.user();
    String source = request.getRemoteAddr();
    String device = devices.deviceOf(cookie(request), account);
    Instant blockedUntil = device != null ? byDevice.blockedUntil(device)
        : later(bySource.blockedUntil(source), byAccount.blockedUntil(account));
    if (blockedUntil != null) {
      refuse(response, blockedUntil);
      return;
    }
    if (device == null && credentials != null && identityService.checkPassword(account, credentials.password())) {
      response.addHeader("Set-Cookie", devices.setCookie(account, request.isSecure()));
      if (basic) { // checked once: HTTP Basic's filter downstream takes this check (CheckedBasicAuthentication)
        request.setAttribute(CheckedBasicAuthentication.CHECKED_USER, account);
      }
    }
    chain.doFilter(attempt, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      if (device != null) {
        byDevice.failed(device);
      } else {
        bySource.failed(source);
        byAccount.failed(account);
      }
    }
  }

  private void refuse(HttpServletResponse response, Instant blockedUntil) throws IOException {
    Duration left = Duration.between(clock.instant(), blockedUntil);
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(left.toSeconds() + 1));
    response.setContentType("application/json;charset=UTF-8");
    String message = messages.say("login.throttled", Math.max(1, left.toSeconds() / 60 + 1));
    response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", "TooManyLogins", "message", message)));
  }

  private static Instant later(Instant one, Instant other) {
    return one == null ? other : other == null || one.isAfter(other) ? one : other;
  }

  private static String cookie(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (DeviceCookies.NAME.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  private static Credentials basic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  /** The webapps' login form: {@code username=…&password=…}. */
  private static Credentials form(String body) {
    String user = null;
    String password = null;
    try {
      for (String pair : body.split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        if (name.equals("username")) {
          user = value;
        } else if (name.equals("password")) {
          password = value;
        }
      }
    } catch (IllegalArgumentException malformed) {
      return null;
    }
    return user == null || password == null ? null : new Credentials(user, password);
  }
}
