package fr.pcpe.workflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.RawHttp;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Brute force is limited per address and per account for unknown clients, and a client that logged in
 * before (its device cookie) is never kept out by anybody else's failures; the clock is moved, never slept
 * on. The attacks come from real addresses of the loopback range, through the real HTTP stack.
 */
@IntegrationTest
class LoginLockoutTest {

  private static final String WRONG = "Pas-Le-Bon-2026!";

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  ProcessEngine engine;
  @LocalServerPort
  int port;

  private Instant now = Instant.now();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private void later(Duration duration) {
    now = now.plus(duration);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  /** A call of the API with HTTP Basic from a chosen loopback address, with a device cookie if given. */
  private Reply from(String address, String path, String user, String password, String deviceCookie) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8)));
    if (deviceCookie != null) {
      headers.put("Cookie", deviceCookie);
    }
    RawHttp.Reply reply = RawHttp.get(port, address, path, headers);
    return new Reply(reply.status(), reply.cookie("pcpe_device"));
  }

  private record Reply(int status, String deviceCookie) {
  }

  @Test
  @DisplayName("60 adresses essaient le mot de passe d'un compte : le poste qui s'y est déjà connecté n'est jamais refusé")
  void aKnownBrowserIsNeverKeptOut() {
    String victim = users.create("cible", PcpeGroups.COORDINATORS);
    later(Duration.ofMinutes(16)); // earlier tests' failures are out of the window
    Reply first = from("127.0.0.1", "/api/follow-ups/overdue", victim, TestUsers.PASSWORD, null);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.deviceCookie()).as("a device cookie for the victim's browser").isNotNull();

    int refused = 0;
    for (int round = 0; round < 2; round++) {
      for (int address = 2; address < 62; address++) {
        assertThat(from("127.0.0." + address, "/api/follow-ups/overdue", victim, WRONG, null).status())
            .isIn(401, 429);
        later(Duration.ofSeconds(1));
        if (address % 3 == 0 && from("127.0.0.1", "/api/follow-ups/overdue", victim, TestUsers.PASSWORD,
            first.deviceCookie()).status() != 200) {
          refused++;
        }
      }
    }

    assertThat(refused).as("the victim's logins refused during 120 attacks from 60 addresses").isZero();
    assertThat(from("127.0.0.62", "/api/follow-ups/overdue", victim, TestUsers.PASSWORD, null).status())
        .as("a client never seen for this account, while the account is attacked").isEqualTo(429);
    assertThat(from("127.0.0.1", "/api/follow-ups/overdue", victim, TestUsers.PASSWORD,
        first.deviceCookie().replaceFirst(".$", first.deviceCookie().endsWith("A") ? "B" : "A")).status()).as("a forged device cookie counts for nothing")
        .isEqualTo(429);
    later(Duration.ofMinutes(16));
    assertThat(from("127.0.0.62", "/api/follow-ups/overdue", victim, TestUsers.PASSWORD, null).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("un poste qui échoue derrière l'adresse d'un bureau ne bloque pas ses collègues déjà connectés")
  void aSharedAddressKeepsItsKnownBrowsers() {
    String colleague = users.create("collegue", PcpeGroups.COORDINATORS);
    String other = users.create("autre", PcpeGroups.COORDINATORS);
    later(Duration.ofMinutes(16));
    String cookie = from("127.0.0.70", "/api/follow-ups/overdue", colleague, TestUsers.PASSWORD, null).deviceCookie();
    for (int attempt = 0; attempt < 12; attempt++) {
      from("127.0.0.70", "/api/follow-ups/overdue", "inconnu-" + attempt, WRONG, null);
    }

    assertThat(from("127.0.0.70", "/api/follow-ups/overdue", colleague, TestUsers.PASSWORD, cookie).status())
        .isEqualTo(200);
    assertThat(from("127.0.0.70", "/api/follow-ups/overdue", other, TestUsers.PASSWORD, cookie).status())
        .as("a device cookie is for the user it was given to only").isEqualTo(429);
    assertThat(from("127.0.0.71", "/api/follow-ups/overdue", other, TestUsers.PASSWORD, null).status())
        .as("another address").isEqualTo(200);
  }

  @Test
  @DisplayName("une connexion à Tasklist donne au navigateur son cookie de poste, qui passe malgré les échecs d'autrui")
  void aTasklistLoginGivesADeviceCookie() {
    String user = users.create("navigateur", PcpeGroups.COORDINATORS);
    later(Duration.ofMinutes(16));
    ResponseEntity<String> login = TasklistSession.tryLogin(http, user, TestUsers.PASSWORD);
    String cookie = login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
        .filter(header -> header.startsWith("pcpe_device=")).findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Strict");
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(from("127.0.0.80", "/api/follow-ups/overdue", user, WRONG, null).status()).isEqualTo(401);
    }
    assertThat(from("127.0.0.1", "/api/follow-ups/overdue", user, TestUsers.PASSWORD, null).status())
        .as("without the cookie").isEqualTo(429);

    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie.substring(0, cookie.indexOf(';')));
    assertThat(http.withBasicAuth(user, TestUsers.PASSWORD).exchange("/api/follow-ups/overdue", HttpMethod.GET,
        new HttpEntity<>(headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("un poste inconnu qui accumule 10 échecs en 15 minutes est refusé (429, en français) jusqu'à la fin de la fenêtre")
  void aClientIsThrottledThenLetIn() {
    String user = users.create("poste", PcpeGroups.COORDINATORS);
    later(Duration.ofMinutes(16)); // earlier tests' failures are out of the window
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(from("127.0.0.90", "/api/follow-ups/overdue", user, WRONG, null).status()).isEqualTo(401);
      later(Duration.ofSeconds(61));
    }

    RawHttp.Reply throttled = RawHttp.get(port, "127.0.0.90", "/api/follow-ups/overdue", Map.of("Authorization",
        "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8))));
    RawHttp.Reply tasklist = RawHttp.postForm(port, "127.0.0.1", "/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of(), "username=" + user + "&password=" + TestUsers.PASSWORD);
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.text()).contains("Trop de tentatives").containsPattern("(?i)Retry-After: \\d+");
    assertThat(tasklist.status()).as("an unknown browser's login to Tasklist, at the same account").isEqualTo(429);

    later(Duration.ofMinutes(16));
    assertThat(from("127.0.0.90", "/api/follow-ups/overdue", user, TestUsers.PASSWORD, null).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("un appel HTTP Basic sans cookie de poste : le mot de passe vérifié par le frein aux essais ne l'est pas une seconde fois, un mauvais reste refusé")
  void aPasswordIsCheckedOncePerCall() {
    String user = users.create("appel", PcpeGroups.COORDINATORS);
    later(Duration.ofMinutes(16));
    CheckedBasicAuthentication basic = new CheckedBasicAuthentication();
    MockHttpServletRequest checked = new MockHttpServletRequest();
    checked.setAttribute(CheckedBasicAuthentication.CHECKED_USER, user);
    AuthenticationResult taken = basic.extractAuthenticatedUser(checked, null);
    assertThat(taken.isAuthenticated()).as("the throttle's check taken, no engine asked").isTrue();
    assertThat(taken.getAuthenticatedUser()).isEqualTo(user);
    MockHttpServletRequest unchecked = new MockHttpServletRequest();
    unchecked.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + WRONG)
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(basic.extractAuthenticatedUser(unchecked, engine).isAuthenticated()).isFalse();

    for (String path : List.of("/api/follow-ups/overdue", "/engine-rest/task/count")) {
      assertThat(from("127.0.0.95", path, user, TestUsers.PASSWORD, null).status()).as(path).isEqualTo(200);
      assertThat(from("127.0.0.95", path, user, WRONG, null).status()).as(path).isEqualTo(401);
    }
  }
}
