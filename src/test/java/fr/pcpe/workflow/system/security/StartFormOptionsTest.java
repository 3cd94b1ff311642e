package fr.pcpe.workflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.referral.TestReferrals;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Start forms offer choices, filled for the user who opens them in Tasklist: nobody types a reference. */
@IntegrationTest
class StartFormOptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestUsers users;
  @Autowired
  FollowUpService followUps;

  private static List<JsonNode> options(TasklistSession session, String processKey, String field) throws Exception {
    JsonNode form = JSON.readTree(session.get("/process-definition/key/" + processKey + "/deployed-start-form").getBody());
    JsonNode select = StreamSupport.stream(form.path("components").spliterator(), false)
        .filter(component -> field.equals(component.path("key").asText())).findFirst().orElseThrow();
    assertThat(select.path("type").asText()).isEqualTo("select");
    return StreamSupport.stream(select.path("values").spliterator(), false).toList();
  }

  @Test
  @DisplayName("orienter : les campagnes ouvertes, par poste et employeur ; mettre en pause : ses propres suivis")
  void startFormsOfferTheUsersChoices() throws Exception {
    var drive = drives.open(5);
    TestReferrals.TestStructure mine = fixtures.structure();
    TestReferrals.TestStructure other = fixtures.structure();
    FollowUp myFollowUp = followUps.open(fixtures.candidate(mine).getId(), TestDrives.today(), mine.referent());
    FollowUp otherFollowUp = followUps.open(fixtures.candidate(other).getId(), TestDrives.today(), other.referent());
    TasklistSession referent = TasklistSession.login(http, mine.referent());

    List<JsonNode> drivesOffered = options(referent, "candidateReferral", "driveReference");
    assertThat(drivesOffered).anySatisfy(option -> {
      assertThat(option.path("value").asText()).isEqualTo(drive.getBusinessKey());
      assertThat(option.path("label").asText()).contains("Préparateur de commandes", drive.getBusinessKey());
    });

    List<String> pausable = options(referent, "followUpPause", "followUpReference").stream()
        .map(option -> option.path("value").asText()).toList();
    assertThat(pausable).contains(myFollowUp.getReference()).doesNotContain(otherFollowUp.getReference());
    assertThat(options(referent, "followUpPause", "followUpReference").get(0).path("label").asText())
        .contains("Awa Diallo", mine.structure().getName());
  }

  @Test
  @DisplayName("proposer un projet : le porteur se choisit par son nom parmi la coordination")
  void projectLeadsByName() throws Exception {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    TasklistSession session = TasklistSession.login(http, coordinator);
    assertThat(options(session, "projectIncubation", "leadUserId")).anySatisfy(option ->
        assertThat(option.path("value").asText()).isEqualTo(coordinator));
  }
}
