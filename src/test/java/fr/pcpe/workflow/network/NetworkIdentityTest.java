package fr.pcpe.workflow.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Identity belongs to the network: the coordination changes a person's name or email, both addresses are told;
 * the person cannot, neither here nor through the engine's API.
 */
@IntegrationTest
class NetworkIdentityTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  NetworkService network;
  @Autowired
  IdentityService identityService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  private ResponseEntity<String> change(String caller, String login, Map<String, Object> identity) {
    return http.withBasicAuth(caller, TestUsers.PASSWORD).exchange("/api/network/people/" + login, HttpMethod.PUT,
        new HttpEntity<>(identity), String.class);
  }

  @Test
  @DisplayName("la coordination change le nom et l'e-mail d'une personne : l'ancienne et la nouvelle adresse le savent")
  void theCoordinationChangesAnIdentity() {
    TestReferrals.TestStructure structure = fixtures.structure();
    String referent = structure.referent();
    network.listMember(referent, NetworkPerson.OrganizationKind.STRUCTURE, structure.structure().getId(),
        NetworkPerson.Role.REFERENT);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    String previous = identityService.createUserQuery().userId(referent).singleResult().getEmail();
    String email = "samia.benali-" + TestUsers.uniqueLetters(6) + "@rebond.example";

    ResponseEntity<String> changed = change(coordinator, referent, Map.of("firstName", "Samia", "lastName", "Benali",
        "email", email));

    assertThat(changed.getStatusCode()).as(String.valueOf(changed.getBody())).isEqualTo(HttpStatus.OK);
    User user = identityService.createUserQuery().userId(referent).singleResult();
    assertThat(user.getEmail()).isEqualTo(email);
    assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Samia Benali");
    Mailbox mailbox = new Mailbox(greenMail, dispatcher);
    assertThat(mailbox.deliveredTo(previous)).singleElement().satisfies(mail -> assertThat(mail.body())
        .contains("Bonjour Samia", email, "auparavant " + previous, structure.structure().getName()));
    assertThat(mailbox.deliveredTo(email)).singleElement()
        .satisfies(mail -> assertThat(mail.subject()).contains("modifié"));
  }

  @Test
  @DisplayName("une adresse fausse ou déjà prise est refusée en français, sans rien changer ; la personne ne change pas la sienne")
  void badChangesChangeNothing() {
    TestReferrals.TestStructure structure = fixtures.structure();
    String referent = structure.referent();
    network.listMember(referent, NetworkPerson.OrganizationKind.STRUCTURE, structure.structure().getId(),
        NetworkPerson.Role.REFERENT);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    String before = identityService.createUserQuery().userId(referent).singleResult().getEmail();

    ResponseEntity<String> invalid = change(coordinator, referent, Map.of("firstName", "", "lastName", "Benali",
        "email", "pas-une-adresse"));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody()).contains("prénom", "adresse e-mail");
    ResponseEntity<String> taken = change(coordinator, referent, Map.of("firstName", "Samia", "lastName", "Benali",
        "email", coordinator + "@test.example"));
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<String> self = change(referent, referent, Map.of("firstName", "Coordination", "lastName", "PCPE",
        "email", "moi@ailleurs.example"));
    assertThat(self.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> throughTheEngine = http.withBasicAuth(referent, TestUsers.PASSWORD).exchange(
        "/engine-rest/user/" + referent + "/profile", HttpMethod.PUT, new HttpEntity<>(Map.of("id", referent,
            "firstName", "Coordination", "lastName", "PCPE", "email", "moi@ailleurs.example")), String.class);
    assertThat(throughTheEngine.getStatusCode().is2xxSuccessful()).isFalse();

    assertThat(identityService.createUserQuery().userId(referent).singleResult().getEmail()).isEqualTo(before);
  }
}
