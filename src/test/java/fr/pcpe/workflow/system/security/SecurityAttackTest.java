package fr.pcpe.workflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.RawHttp;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpEnums;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.ReferralStatus;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The attacks of issue 8, replayed through the real HTTP stack by logged-in users of every kind
 * (a structure's referent, an employer, a coordinator): each is refused and the target is unchanged.
 */
@IntegrationTest
class SecurityAttackTest {

  /** An expression that, if the server ever evaluated it, would call the probe. */
  private static final String PROBE = "${expressionProbe.hit()}";

  @Autowired
  TestRestTemplate http;
  @LocalServerPort
  int port;
  @Autowired
  TestUsers users;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  ReferralService referrals;
  @Autowired
  FollowUpService followUps;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  IdentityService identityService;
  @Autowired
  ExpressionProbe probe;

  private TestReferrals.TestStructure victim;
  private TestReferrals.TestStructure attacker;
  private String employer;
  private String coordinator;
  private String drive;
  private String referral;

  @BeforeEach
  void aReferralOfAnotherStructureSentToItsEmployer() {
    drive = drives.open(5).getBusinessKey();
    employer = users.create("emp", drives.find(drive).getEmployer().getGroupId());
    coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    victim = fixtures.structure();
    attacker = fixtures.structure();
    referral = referrals.refer(drive, fixtures.candidate(victim).getId(), null,
        new Caller(victim.referent(), fixtures.groupsOf(victim))).getReference();
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(referral).singleResult().getId(),
        Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    probe.reset();
  }

  @Test
  @DisplayName("1. une expression dans orQueries n'est jamais évaluée : ni par /engine-rest, ni par l'API de Tasklist")
  void noExpressionIsEvaluated() {
    String nested = "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}";
    String deeper = "{\"orQueries\":[{\"processVariables\":[],\"CandidateGroupsExpression\":\"" + PROBE + "\"}]}";

    ResponseEntity<String> engineRest = TestHttp.postJson(http, coordinator, "/engine-rest/task?maxResults=10", nested);
    ResponseEntity<String> asStructure = TasklistSession.login(http, attacker.referent()).post("/task?maxResults=10", nested);
    ResponseEntity<String> asEmployer = TasklistSession.login(http, employer).post("/task?maxResults=10", deeper);
    ResponseEntity<String> inQuery = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity(URI.create(http.getRootUri() + "/engine-rest/task?maxResults=10&assigneeExpression="
            + URLEncoder.encode(PROBE, StandardCharsets.UTF_8)), String.class);
    String filterId = TasklistSession.login(http, coordinator).get("/filter?maxResults=1").getBody()
        .replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    ResponseEntity<String> extendedFilter = TasklistSession.login(http, coordinator)
        .post("/filter/" + filterId + "/list?maxResults=10", nested);

    for (ResponseEntity<String> response : List.of(engineRest, asStructure, asEmployer, inQuery, extendedFilter)) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("expressions ne sont pas acceptées");
    }
    assertThat(probe.hits()).isZero();
  }

  @Test
  @DisplayName("2. démarrage forgé (clé d'une autre orientation, instructions, listeners sautés) : refusé, rien ne change")
  void forgedStartIsRefused() {
    String forged = """
        {"businessKey": "%s", "skipCustomListeners": true, "skipIoMappings": true,
         "startInstructions": [{"type": "startBeforeActivity", "activityId": "serviceTask_recordHire"}],
         "variables": {"hireDecision": {"value": "HIRED"}, "contractType": {"value": "CDI"}}}""".formatted(referral);
    TasklistSession structure = TasklistSession.login(http, attacker.referent());

    ResponseEntity<String> tasklist = structure.post("/process-definition/key/candidateReferral/start", forged);
    ResponseEntity<String> engineRest = TestHttp.postJson(http, attacker.referent(),
        "/engine-rest/process-definition/key/candidateReferral/start", forged);
    ResponseEntity<String> byCoordinator = TestHttp.postJson(http, coordinator,
        "/engine-rest/process-definition/key/candidateReferral/start", forged);

    assertThat(List.of(tasklist, engineRest, byCoordinator)).allSatisfy(response ->
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
    assertThat(referrals.find(referral).getStatus()).isEqualTo(ReferralStatus.SENT_TO_EMPLOYER);
    assertThat(drives.find(drive).getHiresCount()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(referral).count()).isOne();
  }

  @Test
  @DisplayName("2. le garde lit les drapeaux comme le moteur : « TRUE », « True », 1 sautent les listeners, refusés ; une clé en double aussi")
  void theGuardReadsFlagsAsTheEngineDoes() {
    TasklistSession structure = TasklistSession.login(http, attacker.referent());
    for (String flag : List.of("skipCustomListeners", "skipIoMappings")) {
      for (String spelling : List.of("true", "\"TRUE\"", "\"True\"", "\"true\"", "1")) {
        String forged = """
            {"%s": %s, "variables": {"driveReference": {"value": "%s"}}}""".formatted(flag, spelling, drive);
        assertThat(structure.post("/process-definition/key/candidateReferral/start", forged).getStatusCode())
            .as(flag + " = " + spelling).isEqualTo(HttpStatus.FORBIDDEN);
      }
    }
    ResponseEntity<String> duplicate = structure.post("/process-definition/key/candidateReferral/start", """
        {"variables": {"driveReference": {"value": "%s"}}, "variables": {"hireDecision": {"value": "HIRED"}}}"""
        .formatted(drive));
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(duplicate.getBody()).contains("deux fois le même champ");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(referral).count()).isOne();
  }

  @Test
  @DisplayName("5. une structure ou un employeur ne change ni son nom ni son e-mail : l'identité appartient au réseau")
  void usersCannotRewriteTheirIdentity() {
    for (String user : List.of(attacker.referent(), employer)) {
      TasklistSession session = TasklistSession.login(http, user);
      ResponseEntity<String> renamed = session.exchange(HttpMethod.PUT, TasklistSession.ENGINE + "/user/" + user + "/profile",
          """
          {"id": "%s", "firstName": "Camille", "lastName": "Martin", "email": "pirate@example.org"}""".formatted(user));
      assertThat(renamed.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(identityService.createUserQuery().userId(user).singleResult().getEmail()).isNotEqualTo("pirate@example.org");
      assertThat(session.exchange(HttpMethod.POST, TasklistSession.ENGINE + "/group/create",
          "{\"id\": \"pcpe-coordinators-bis\", \"name\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  @DisplayName("2. une clé d'affaire fournie au démarrage est ignorée : le formulaire crée sa propre orientation")
  void aSuppliedBusinessKeyIsNeverTrusted() {
    String start = """
        {"businessKey": "%s", "variables": {
          "driveReference": {"value": "%s"}, "firstName": {"value": "Inès"}, "lastName": {"value": "Martin"},
          "consent": {"value": true, "type": "Boolean"}}}""".formatted(referral, drive);

    ResponseEntity<String> started = TasklistSession.login(http, attacker.referent())
        .post("/process-definition/key/candidateReferral/submit-form", start);

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).doesNotContain("\"businessKey\":\"" + referral + "\"");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(referral).count()).isOne();
    assertThat(referrals.find(referral).getStatus()).isEqualTo(ReferralStatus.SENT_TO_EMPLOYER);
  }

  @Test
  @DisplayName("2. un formulaire ne porte que ses champs, et aucun objet Java : l'employeur ne reroute pas l'orientation")
  void aSubmissionCarriesOnlyItsFormsFields() {
    String task = taskService.createTaskQuery().processInstanceBusinessKey(referral).singleResult().getId();
    TasklistSession session = TasklistSession.login(http, employer);

    ResponseEntity<String> rerouted = session.post("/task/" + task + "/submit-form", """
        {"variables": {"interviewDecision": {"value": "NOT_RETAINED"}, "notHiredReason": {"value": "OTHER"},
          "employerGroupId": {"value": "%s"}}}""".formatted(attacker.structure().getGroupId()));
    ResponseEntity<String> object = session.post("/task/" + task + "/submit-form", """
        {"variables": {"interviewDecision": {"value": "{}", "type": "Object", "valueInfo": {
          "objectTypeName": "com.zaxxer.hikari.HikariDataSource", "serializationDataFormat": "application/json"}}}}""");
    ResponseEntity<String> variable = session.exchange(HttpMethod.PUT,
        TasklistSession.ENGINE + "/task/" + task + "/variables/employerGroupId", "{\"value\":\"x\"}");

    assertThat(rerouted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rerouted.getBody()).contains("employerGroupId");
    assertThat(object.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(variable.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.getVariable(task, Vars.EMPLOYER_GROUP_ID.name()))
        .isEqualTo(drives.find(drive).getEmployer().getGroupId());
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
  }

  @Test
  @DisplayName("2. modification, corrélation de message, suivis démarrés à la main : réservés aux administrateurs")
  void modificationAndCorrelationAreForAdministrators() {
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(referral).singleResult()
        .getId();
    ResponseEntity<String> modification = TestHttp.postJson(http, coordinator,
        "/engine-rest/process-instance/" + instance + "/modification",
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"serviceTask_recordHire\"}]}");
    ResponseEntity<String> message = TasklistSession.login(http, attacker.referent()).post("/message",
        "{\"messageName\":\"referralWithdrawn\",\"businessKey\":\"" + referral + "\"}");
    ResponseEntity<String> followUp = TestHttp.postJson(http, coordinator,
        "/engine-rest/process-definition/key/cceFollowUp/start", "{}");

    assertThat(List.of(modification, message, followUp)).allSatisfy(response -> {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getBody()).doesNotContain(instance);
    });
    assertThat(referrals.find(referral).getStatus()).isEqualTo(ReferralStatus.SENT_TO_EMPLOYER);
  }

  @Test
  @DisplayName("2. un refus du moteur ne nomme ni la tâche ni l'instance d'un autre")
  void refusalsNameNothing() {
    String task = taskService.createTaskQuery().processInstanceBusinessKey(referral).singleResult().getId();
    ResponseEntity<String> foreign = TasklistSession.login(http, attacker.referent()).get("/task/" + task + "/variables");
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(foreign.getBody()).doesNotContain(task).contains("pas le droit");
  }

  @Test
  @DisplayName("5. POST /api/follow-ups : référent inconnu, d'une autre structure, employeur, dates absurdes → 400 nommant le champ")
  void followUpInputIsChecked() {
    long candidate = fixtures.candidate(victim).getId();
    String today = TestDrives.today().toString();
    Map<String, String> refusedReferents = Map.of("inconnu-" + System.nanoTime(), "referentUserId",
        attacker.referent(), "referentUserId", employer, "referentUserId", "x".repeat(300), "referentUserId");
    refusedReferents.forEach((referent, field) -> {
      ResponseEntity<String> response = open(candidate, "\"" + today + "\"", "\"" + referent + "\"");
      assertThat(response.getStatusCode()).as(referent).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("\"" + field + "\"");
    });
    for (String date : List.of("\"-0001-01-01\"", "\"+999999999-12-31\"", "\"9999-01-01\"", "\"0001-01-01\"")) {
      ResponseEntity<String> response = open(candidate, date, "\"" + victim.referent() + "\"");
      assertThat(response.getStatusCode()).as(date).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).as(date).contains("eventDate");
    }
    ResponseEntity<String> fraction = TestHttp.postJson(http, coordinator, "/api/follow-ups",
        "{\"candidateId\":" + candidate + ".5,\"eventDate\":\"" + today + "\",\"referentUserId\":\"" + victim.referent() + "\"}");
    ResponseEntity<String> nul = open(candidate, "\"" + today + "\"", "\"" + victim.referent() + "\\u0000\"");
    assertThat(fraction.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(followUps.ofCandidate(candidate)).isEmpty();

    assertThat(open(candidate, "\"" + today + "\"", "\"" + victim.referent() + "\"").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  private ResponseEntity<String> open(long candidate, String date, String referent) {
    return TestHttp.postJson(http, coordinator, "/api/follow-ups",
        "{\"candidateId\":" + candidate + ",\"eventDate\":" + date + ",\"referentUserId\":" + referent + "}");
  }

  @Test
  @DisplayName("5. aucune erreur 500 sur l'API de Tasklist : paramètres mal écrits, type XML, démarrage refusé, mot de passe faible")
  void noServerErrorOnTheWebappsApi() {
    RawHttp.Reply anonymous = RawHttp.get(port, "127.0.0.1", TasklistSession.ENGINE + "/task?a%=1", Map.of());
    assertThat(anonymous.status()).isEqualTo(400);
    assertThat(anonymous.text()).contains("mal écrit");

    TasklistSession structure = TasklistSession.login(http, attacker.referent());
    List<String> paths = List.of("/task", "/task/count", "/process-definition", "/process-instance", "/filter",
        "/history/task", "/history/process-instance", "/variable-instance", "/user", "/group", "/authorization");
    List<String> queries = List.of("a%=1", "%zz=1", "sortBy=%3B&sortOrder=x", "maxResults=-1", "firstResult=abc",
        "maxResults=999999999999", "processInstanceBusinessKeyLike=%25%27", "taskVariables=a_eq_b", "dueBefore=nope",
        "sortBy=dueDate&sortOrder=desc&nameLike=%00", "candidateGroups=" + "x,".repeat(200), "withCandidateGroups=maybe");
    for (String path : paths) {
      for (String query : queries) {
        ResponseEntity<String> answer = structure.get(path + "?" + query);
        assertThat(answer.getStatusCode().value()).as(path + "?" + query).isLessThan(500);
      }
    }

    ResponseEntity<String> xml = structure.post("/process-definition/key/candidateReferral/start", """
        {"variables": {"driveReference": {"value": "%s"}, "firstName": {"value": "<a/>", "type": "Xml"}}}"""
        .formatted(drive));
    assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<String> refusedStart = structure.post("/process-definition/key/candidateReferral/start", """
        {"variables": {"driveReference": {"value": "%s"}, "firstName": {"value": "Awa"}}}""".formatted(drive));
    assertThat(refusedStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refusedStart.getBody()).contains("Formulaire refusé").doesNotContain("Cannot", "candidateReferral");

    ResponseEntity<String> weak = structure.exchange(HttpMethod.PUT, TasklistSession.ENGINE + "/user/"
        + attacker.referent() + "/credentials", """
        {"password": "P@ssw0rd123", "authenticatedUserPassword": "%s"}""".formatted(TestUsers.PASSWORD));
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody()).contains("trop facile à deviner");
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> created = http.withBasicAuth("admin", "Secret-Mot-2026!").postForEntity("/engine-rest/user/create",
        new HttpEntity<>("""
            {"profile": {"id": "faible-%s", "firstName": "Jean", "lastName": "Faible", "email": "faible@test.example"},
             "credentials": {"password": "Jetaime123!"}}""".formatted(System.nanoTime()), json), String.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(created.getBody()).contains("trop facile à deviner");
  }

  @Test
  @DisplayName("5. aucune erreur 500 pour une mauvaise demande : /error, texte avec NUL, chemin inconnu")
  void noServerErrorForBadInput() {
    ResponseEntity<String> error = http.getForEntity("/error", String.class);
    ResponseEntity<String> nulText = TestHttp.postJson(http, victim.referent(), "/api/candidates",
        "{\"firstName\":\"A\\u0000\",\"lastName\":\"B\",\"consent\":true}");
    ResponseEntity<String> badParameter = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/api/follow-ups/overdue?level=%00", String.class);
    assertThat(error.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(nulText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badParameter.getStatusCode().is5xxServerError()).isFalse();
  }

  @Test
  @DisplayName("6. l'API envoie ses en-têtes de sécurité et n'accepte pas un formulaire posté depuis un autre site")
  void headersAndJsonOnly() {
    FollowUp followUp = followUps.open(fixtures.candidate(victim).getId(), TestDrives.today(), victim.referent());
    followUps.pause(followUp.getReference(), "Hospitalisation", TestDrives.today().plusDays(10));
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    form.setOrigin("https://ailleurs.example");
    ResponseEntity<String> crossSite = http.withBasicAuth(victim.referent(), TestUsers.PASSWORD).exchange(
        "/api/follow-ups/" + followUp.getReference() + "/resume", HttpMethod.POST, new HttpEntity<>("a=b", form),
        String.class);
    assertThat(crossSite.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(followUps.find(followUp.getReference()).getStatus()).isEqualTo(FollowUpEnums.Status.PAUSED);

    HttpHeaders headers = http.withBasicAuth(victim.referent(), TestUsers.PASSWORD)
        .getForEntity("/api/follow-ups/" + followUp.getReference(), String.class).getHeaders();
    assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(headers.getCacheControl()).isEqualTo("no-store");
    assertThat(http.getForEntity("/suivis-en-retard.html", String.class).getHeaders()
        .getFirst("Content-Security-Policy")).contains("default-src 'self'");
    ResponseEntity<String> tasks = TasklistSession.login(http, victim.referent()).get("/task?maxResults=5");
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getHeaders().getCacheControl()).as("Tasklist's answers name people").isEqualTo("no-store");
  }

  @Test
  @DisplayName("7. le service de suivi se protège lui-même : une autre structure ne met pas en pause, ne clôt pas")
  void followUpServiceChecksItsCaller() {
    FollowUp followUp = followUps.open(fixtures.candidate(victim).getId(), TestDrives.today(), victim.referent());
    identityService.setAuthentication(attacker.referent(), fixtures.groupsOf(attacker));
    try {
      assertThatThrownBy(() -> followUps.pause(followUp.getReference(), "x", LocalDate.now().plusDays(3)))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> followUps.closeNow(followUp.getReference(), FollowUpEnums.Outcome.JOB, null))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> followUps.open(fixtures.candidate(attacker).getId(), TestDrives.today(),
          attacker.referent())).isInstanceOf(fr.pcpe.workflow.common.ForbiddenException.class);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(followUps.find(followUp.getReference()).getStatus()).isEqualTo(FollowUpEnums.Status.ACTIVE);
  }
}
