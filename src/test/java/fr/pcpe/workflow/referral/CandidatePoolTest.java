package fr.pcpe.workflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The pool: listed by drive, job and structure, each structure its own, referred from in one step. */
@IntegrationTest
class CandidatePoolTest {

  @Autowired
  ReferralService referrals;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestDrives drives;
  @Autowired
  TestUsers users;
  @Autowired
  TaskService taskService;
  @Autowired
  TestRestTemplate http;

  private TestReferrals.TestStructure structure;
  private String firstDrive;
  private Referral pooled;
  private String coordinator;

  /** A candidate not retained for an interview, kept in the pool by the employer. */
  @BeforeEach
  void aPooledCandidate() {
    structure = fixtures.structure();
    coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    firstDrive = drives.open(5).getBusinessKey();
    pooled = referrals.refer(firstDrive, fixtures.candidate(structure).getId(), "Motivée",
        new Caller(structure.referent(), fixtures.groupsOf(structure)));
    complete(pooled, Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    complete(pooled, Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(),
        TestDrives.today().plusDays(2).toString()));
    fixtures.interviewHeld(pooled.getReference());
    complete(pooled, Map.of(Vars.HIRE_DECISION.name(), "NOT_HIRED", Vars.NOT_HIRED_REASON.name(), "OTHER",
        Vars.ADD_TO_POOL.name(), true));
  }

  private void complete(Referral referral, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processDefinitionKey(ReferralProcess.KEY)
        .processInstanceBusinessKey(referral.getReference()).singleResult().getId(), form);
  }

  private JsonNode pool(String user, String query) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForObject("/api/pool" + query, JsonNode.class);
  }

  private boolean lists(JsonNode pool) {
    for (JsonNode entry : pool.path("entries")) {
      if (entry.path("referral").asText().equals(pooled.getReference())) {
        return true;
      }
    }
    return false;
  }

  @Test
  @DisplayName("le vivier se filtre par campagne, métier (ROME) et structure ; une autre structure n'y voit pas ce candidat")
  void listedByDriveJobAndStructure() {
    JsonNode entry = pool(coordinator, "?drive=" + firstDrive).path("entries").get(0);
    assertThat(entry.path("candidateName").asText()).isEqualTo("Awa Diallo");
    assertThat(entry.path("jobTitle").asText()).isNotBlank();
    String rome = entry.path("romeCode").asText();
    String structureName = structure.structure().getName();

    assertThat(lists(pool(structure.referent(), ""))).isTrue();
    assertThat(lists(pool(coordinator, "?drive=" + firstDrive + "&rome=" + rome + "&structure=" + structureName))).isTrue();
    assertThat(lists(pool(coordinator, "?drive=DRV-1999-0001"))).isFalse();
    assertThat(lists(pool(coordinator, "?rome=Z9999"))).isFalse();
    assertThat(lists(pool(coordinator, "?structure=Aucune"))).isFalse();
    assertThat(lists(pool(fixtures.structure().referent(), ""))).as("another structure").isFalse();
  }

  @Test
  @DisplayName("une coordinatrice oriente un candidat du vivier vers une nouvelle campagne en une fois ; embauché, il quitte le vivier")
  void referredInOneStep() {
    String next = drives.open(5).getBusinessKey();
    String path = "/api/pool/" + pooled.getReference() + "/referrals";

    assertThat(TestHttp.postJson(http, coordinator, path, "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(TestHttp.postJson(http, fixtures.structure().referent(), path, "{\"driveReference\":\"" + next + "\"}")
        .getStatusCode()).as("another structure: no such entry").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(TestHttp.postJson(http, coordinator, path, "{\"driveReference\":\"" + firstDrive + "\"}").getStatusCode())
        .as("already referred to that drive").isEqualTo(HttpStatus.CONFLICT);
    assertThat(referrals.ofCandidate(pooled.getCandidate().getId())).as("refusals changed nothing").hasSize(1);

    var created = TestHttp.postJson(http, coordinator, path, "{\"driveReference\":\"" + next + "\"}");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).contains("\"driveReference\":\"" + next + "\"", "\"status\":\"SUBMITTED\"");

    Referral again = referrals.ofCandidate(pooled.getCandidate().getId()).stream()
        .filter(referral -> !referral.getReference().equals(pooled.getReference())).findFirst().orElseThrow();
    complete(again, Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    complete(again, Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(),
        TestDrives.today().plusDays(2).toString()));
    fixtures.interviewHeld(again.getReference());
    complete(again, Map.of(Vars.HIRE_DECISION.name(), "HIRED", Vars.CONTRACT_TYPE.name(), "CDI",
        Vars.HIRE_START_DATE.name(), TestDrives.today().plusDays(10).toString(), Vars.WEEKLY_HOURS.name(), 35L));
    assertThat(lists(pool(coordinator, ""))).as("hired since: out of the pool").isFalse();
  }
}
