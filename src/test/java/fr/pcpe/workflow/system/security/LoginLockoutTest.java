package fr.pcpe.workflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Brute force is slowed per account (the engine's delays) and per client (the login throttle), without
 * ever locking a real user out for good; the clock is moved, never slept on.
 */
@IntegrationTest
class LoginLockoutTest {

  private static final String WRONG = "Pas-Le-Bon-2026!";

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  IdentityService identityService;

  private Instant now = Instant.now();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private void later(Duration duration) {
    now = now.plus(duration);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private ResponseEntity<String> api(String user, String password) {
    return http.withBasicAuth(user, password).getForEntity("/api/follow-ups/overdue", String.class);
  }

  @Test
  @DisplayName("un compte attaqué est retardé, jamais bloqué : 30 échecs, puis le bon mot de passe passe après une minute")
  void anAccountIsDelayedNeverLocked() {
    String referent = users.create("cible", PcpeGroups.COORDINATORS);
    later(Duration.ZERO);
    for (int attempt = 0; attempt < 30; attempt++) {
      identityService.checkPassword(referent, WRONG);
      later(Duration.ofSeconds(61));
    }
    identityService.checkPassword(referent, WRONG);

    assertThat(api(referent, TestUsers.PASSWORD).getStatusCode()).as("within the delay").isEqualTo(HttpStatus.UNAUTHORIZED);
    later(Duration.ofSeconds(61));
    assertThat(api(referent, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("un poste qui accumule 10 échecs en 15 minutes est refusé (429, en français) jusqu'à la fin de la fenêtre")
  void aClientIsThrottledThenLetIn() {
    String user = users.create("poste", PcpeGroups.COORDINATORS);
    later(Duration.ofMinutes(16)); // earlier tests' failures from this address are out of the window
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(api(user, WRONG).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      later(Duration.ofSeconds(61));
    }

    ResponseEntity<String> throttled = api(user, TestUsers.PASSWORD);
    ResponseEntity<String> tasklist = TasklistSession.tryLogin(http, user, TestUsers.PASSWORD);
    assertThat(throttled.getStatusCode().value()).isEqualTo(429);
    assertThat(throttled.getBody()).contains("Trop de tentatives");
    assertThat(throttled.getHeaders().getFirst("Retry-After")).isNotBlank();
    assertThat(tasklist.getStatusCode().value()).isEqualTo(429);

    later(Duration.ofMinutes(16));
    assertThat(api(user, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
