package fr.pcpe.workflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.referral.TestReferrals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The PCPE's pages use the Tasklist login: no second login box, and a refusal says "not allowed". */
@IntegrationTest
class PageLoginTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;

  private ResponseEntity<String> fromPage(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Requested-With", "pcpe-page");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  @DisplayName("connecté à Tasklist, la page des suivis en retard s'ouvre ; sinon, un message en français, sans boîte de connexion")
  void pagesUseTheTasklistSession() {
    ResponseEntity<String> anonymous = fromPage("/api/follow-ups/overdue");
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).as("no browser login box").isNull();
    assertThat(anonymous.getBody()).contains("Connectez-vous d'abord à vos tâches");
    assertThat(http.getForEntity("/api/follow-ups/overdue", String.class).getHeaders().getFirst("WWW-Authenticate"))
        .as("API clients still get the Basic challenge").isNotNull();

    TasklistSession coordinator = TasklistSession.login(http, users.create("coord", PcpeGroups.COORDINATORS));
    assertThat(coordinator.exchange(HttpMethod.GET, "/api/follow-ups/overdue", null).getStatusCode().value())
        .isEqualTo(200);

    TasklistSession referent = TasklistSession.login(http, fixtures.structure().referent());
    ResponseEntity<String> refused = referent.exchange(HttpMethod.GET, "/api/network", null);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody()).contains("Réservé à la coordination");
  }
}
