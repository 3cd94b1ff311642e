package fr.pcpe.workflow.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The network's administration from Tasklist's start forms, as a coordinator submits them. */
@IntegrationTest
class NetworkTasklistTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  IdentityService identityService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  private static String start(String key) {
    return "/process-definition/key/" + key + "/submit-form";
  }

  @Test
  @DisplayName("la coordination enregistre une structure puis invite sa référente depuis Tasklist, en choisissant la structure")
  void coordinatorRegistersAndInvitesFromTasklist() throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 6);
    TasklistSession coordinator = TasklistSession.login(http, users.create("coord", PcpeGroups.COORDINATORS));

    ResponseEntity<String> registered = coordinator.post(start("structureRegistration"), """
        {"variables": {"name": {"value": "Maison de quartier %s"}, "type": {"value": "ASSOCIATION"},
         "city": {"value": "Bondy"}, "email": {"value": "contact-%s@mq.example"}}}""".formatted(id, id));
    assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(200);

    JsonNode form = JSON.readTree(coordinator.get("/process-definition/key/networkInvitation/deployed-start-form").getBody());
    String structureId = null;
    for (JsonNode component : form.path("components")) {
      for (JsonNode option : component.path("values")) {
        if (option.path("label").asText().equals("Maison de quartier " + id)) {
          structureId = option.path("value").asText();
        }
      }
    }
    assertThat(structureId).as("the new structure is offered").isNotNull();

    ResponseEntity<String> invited = coordinator.post(start("networkInvitation"), """
        {"variables": {"firstName": {"value": "Lina"}, "lastName": {"value": "Moreau"},
         "email": {"value": "lina-%s@mq.example"}, "role": {"value": "REFERENT"}, "structureId": {"value": "%s"}}}"""
        .formatted(id, structureId));
    assertThat(invited.getStatusCode().value()).as(invited.getBody()).isEqualTo(200);
    assertThat(identityService.createUserQuery().userEmail("lina-" + id + "@mq.example").singleResult().getFirstName())
        .isEqualTo("Lina");
    assertThat(new Mailbox(greenMail, dispatcher).deliveredTo("lina-" + id + "@mq.example")).singleElement()
        .satisfies(mail -> assertThat(mail.body()).contains("/mot-de-passe.html#", "Maison de quartier " + id));

    ResponseEntity<String> twice = coordinator.post(start("networkInvitation"), """
        {"variables": {"firstName": {"value": "Lina"}, "lastName": {"value": "Moreau"},
         "email": {"value": "lina-%s@mq.example"}, "role": {"value": "REFERENT"}, "structureId": {"value": "%s"}}}"""
        .formatted(id, structureId));
    assertThat(twice.getStatusCode().value()).isEqualTo(400);
    assertThat(twice.getBody()).contains("déjà l'adresse").doesNotContain("Cannot", "structureRegistration:",
        "networkInvitation:");
  }

  @Test
  @DisplayName("une structure ne peut ni enregistrer une structure ni inviter quelqu'un")
  void structuresCannotAdministerTheNetwork() {
    TasklistSession referent = TasklistSession.login(http, fixtures.structure().referent());
    ResponseEntity<String> refused = referent.post(start("networkInvitation"), """
        {"variables": {"firstName": {"value": "Intrus"}, "lastName": {"value": "Test"},
         "email": {"value": "intrus@example.org"}, "role": {"value": "HEAD"}, "structureId": {"value": "1"}}}""");
    assertThat(refused.getStatusCode().value()).isIn(403, 404);
    assertThat(identityService.createUserQuery().userEmail("intrus@example.org").count()).isZero();
  }
}
