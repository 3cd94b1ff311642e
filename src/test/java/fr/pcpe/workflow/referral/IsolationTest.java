package fr.pcpe.workflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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
    String reference = referrals.refer(drive, fixtures.candidate(structure).getId(), null, structure.referent(),
        fixtures.groupsOf(structure)).getReference();
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(),
        Map.of(Vars.PRESCREEN_DECISION, "ACCEPT"));
    return reference;
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, String.class);
  }

  private ResponseEntity<String> postJson(String user, String path, String json) {
    return TestHttp.postJson(http, user, path, json);
  }

  @Test
  @DisplayName("API REST du moteur : chaque employeur ne voit et ne complète que ses tâches")
  void engineRestApi() {
    String tasks = "/engine-rest/task?maxResults=100";
    assertThat(get(employerA, tasks).getBody()).contains(taskA).doesNotContain(taskB);
    assertThat(get(employerB, tasks).getBody()).contains(taskB).doesNotContain(taskA);
    assertThat(get(structureA.referent(), tasks).getBody()).doesNotContain(taskA, taskB);
    assertThat(get(employerA, "/engine-rest/task/" + taskB).getStatusCode().is4xxClientError()).isTrue();
    assertThat(get(employerA, "/engine-rest/task/" + taskB + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(employerA, "/engine-rest/process-instance?maxResults=100").getBody()).isEqualTo("[]");

    ResponseEntity<String> foreign = postJson(employerA, "/engine-rest/task/" + taskB + "/submit-form",
        "{\"variables\":{\"interviewDecision\":{\"value\":\"NOT_RETAINED\"},\"notHiredReason\":{\"value\":\"OTHER\"}}}");

    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(taskB).count()).isOne();
    assertThat(taskService.getVariable(taskB, Vars.INTERVIEW_DECISION)).isNull();
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
  }

  @Test
  @DisplayName("API de Tasklist (session du navigateur) : l'employeur A ne voit pas la tâche de B")
  void tasklistApi() {
    HttpHeaders session = tasklistLogin(employerA);
    ResponseEntity<String> tasks = http.exchange("/camunda/api/engine/engine/default/task?maxResults=100",
        HttpMethod.GET, new HttpEntity<>(session), String.class);

    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).contains(taskA).doesNotContain(taskB);
    ResponseEntity<String> form = http.exchange("/camunda/api/engine/engine/default/task/" + taskB + "/form",
        HttpMethod.GET, new HttpEntity<>(session), String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** Logs in as Tasklist does; returns the headers (session cookie, CSRF token) of the session. */
  private HttpHeaders tasklistLogin(String user) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    String csrf = cookie(page.getHeaders(), "XSRF-TOKEN");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", csrf);
    headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + csrf + "; JSESSIONID=" + cookie(page.getHeaders(), "JSESSIONID"));
    MultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
    credentials.add("username", user);
    credentials.add("password", TestUsers.PASSWORD);
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(credentials, headers), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    HttpHeaders session = new HttpHeaders();
    String newSession = cookie(login.getHeaders(), "JSESSIONID");
    String newCsrf = cookie(login.getHeaders(), "XSRF-TOKEN");
    session.add(HttpHeaders.COOKIE, "JSESSIONID=" + (newSession != null ? newSession : cookie(page.getHeaders(), "JSESSIONID"))
        + "; XSRF-TOKEN=" + (newCsrf != null ? newCsrf : csrf));
    return session;
  }

  private static String cookie(HttpHeaders headers, String name) {
    List<String> cookies = headers.getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    return cookies.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1).split(";")[0])
        .findFirst().orElse(null);
  }
}
