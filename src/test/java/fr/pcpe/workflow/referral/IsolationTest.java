package fr.pcpe.workflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Two employers, two structures: each sees and completes only its own work, through Tasklist's API,
 * the engine REST API and the app's API, and a foreign attempt changes nothing.
 */
@IntegrationTest
class IsolationTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestUsers users;
  @Autowired
  ReferralService referrals;
  @Autowired
  TaskService taskService;

  private String employerA;
  private String employerB;
  private TestReferrals.TestStructure structureA;
  private TestReferrals.TestStructure structureB;
  private String referralA;
  private String referralB;
  private String taskA;
  private String taskB;
  private String driveA;

  /** Structure A refers to employer A's drive, B to B's; both candidates are sent to their employers. */
  @BeforeEach
  void twoEmployersTwoStructures() {
    ProcessInstance a = drives.open(5);
    ProcessInstance b = drives.open(5);
    driveA = a.getBusinessKey();
    employerA = users.create("empa", drives.find(driveA).getEmployer().getGroupId());
    employerB = users.create("empb", drives.find(b.getBusinessKey()).getEmployer().getGroupId());
    structureA = fixtures.structure();
    structureB = fixtures.structure();
    referralA = sendToEmployer(driveA, structureA);
    referralB = sendToEmployer(b.getBusinessKey(), structureB);
    taskA = taskService.createTaskQuery().processInstanceBusinessKey(referralA).singleResult().getId();
    taskB = taskService.createTaskQuery().processInstanceBusinessKey(referralB).singleResult().getId();
  }

  private String sendToEmployer(String drive, TestReferrals.TestStructure structure) {
    String reference = referrals.refer(drive, fixtures.candidate(structure).getId(), null, new Caller(structure.referent(),
        fixtures.groupsOf(structure))).getReference();
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(),
        Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    return reference;
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, String.class);
  }

  private ResponseEntity<String> postJson(String user, String path, String json) {
    return TestHttp.postJson(http, user, path, json);
  }

  @Test
  @DisplayName("API REST du moteur : réservée à la coordination, les structures et les employeurs reçoivent 403")
  void engineRestApiIsForStaff() {
    String tasks = "/engine-rest/task?maxResults=100";
    assertThat(get(employerA, tasks).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(structureA.referent(), tasks).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(employerA, tasks).getBody()).doesNotContain(taskA, taskB);
  }

  @Test
  @DisplayName("API de Tasklist : chaque employeur ne voit et ne complète que ses tâches")
  void tasklistApiKeepsEmployersApart() {
    TasklistSession a = TasklistSession.login(http, employerA);
    TasklistSession b = TasklistSession.login(http, employerB);
    TasklistSession structure = TasklistSession.login(http, structureA.referent());
    String tasks = "/task?maxResults=100";
    assertThat(a.get(tasks).getBody()).contains(taskA).doesNotContain(taskB);
    assertThat(b.get(tasks).getBody()).contains(taskB).doesNotContain(taskA);
    assertThat(structure.get(tasks).getBody()).doesNotContain(taskA, taskB);
    assertThat(a.get("/task/" + taskB).getStatusCode().is4xxClientError()).isTrue();
    assertThat(a.get("/task/" + taskB + "/variables").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(a.get("/process-instance?maxResults=100").getBody()).isEqualTo("[]");

    ResponseEntity<String> foreign = a.post("/task/" + taskB + "/submit-form",
        "{\"variables\":{\"interviewDecision\":{\"value\":\"NOT_RETAINED\"},\"notHiredReason\":{\"value\":\"OTHER\"}}}");

    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(taskB).count()).isOne();
    assertThat(taskService.getVariable(taskB, Vars.INTERVIEW_DECISION.name())).isNull();
  }

  @Test
  @DisplayName("API de l'application : chaque structure et chaque employeur ne voit que ses orientations")
  void appApi() {
    assertThat(get(structureA.referent(), "/api/referrals/" + referralA).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(structureA.referent(), "/api/referrals/" + referralB).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(employerA, "/api/referrals/" + referralA).getBody()).contains("SENT_TO_EMPLOYER");
    assertThat(get(employerA, "/api/referrals/" + referralB).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(employerB, "/api/drives/" + driveA).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(structureB.referent(), "/api/referrals/ORI-1999-00001").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    String headA = users.create("dira", PcpeGroups.headsOf(structureA.structure().getGroupId()));
    assertThat(get(headA, "/api/referrals/" + referralA).getStatusCode()).as("a head sees the structure's referrals")
        .isEqualTo(HttpStatus.OK);
    assertThat(get(headA, "/api/referrals/" + referralB).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("API de Tasklist (session du navigateur) : l'employeur A ne voit pas la tâche de B")
  void tasklistApi() {
    TasklistSession session = TasklistSession.login(http, employerA);
    ResponseEntity<String> tasks = session.get("/task?maxResults=100");

    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).contains(taskA).doesNotContain(taskB);
    ResponseEntity<String> form = session.get("/task/" + taskB + "/form");
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
