package fr.pcpe.workflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** POST /api/candidates and POST /api/drives/{reference}/referrals, as a structure's own tools call them. */
@IntegrationTest
class ReferralApiTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestUsers users;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ReferralService referralService;
  @Autowired
  TaskService taskService;

  private ResponseEntity<String> post(String user, String path, String json) {
    return TestHttp.postJson(http, user, path, json);
  }

  /** The referral instances of the drive: routed to its employer (each test's drive has an employer of its own). */
  private long referralsOf(String driveReference) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
        .variableValueEquals(ReferralProcess.Vars.EMPLOYER_GROUP_ID.name(),
            drives.find(driveReference).getEmployer().getGroupId()).count();
  }

  @Test
  @DisplayName("une structure enregistre un candidat (avec consentement) puis l'oriente : 201 et une orientation en cours")
  void structureRegistersAndRefersACandidate() {
    TestReferrals.TestStructure structure = fixtures.structure();
    String drive = drives.open(10).getBusinessKey();

    ResponseEntity<String> created = post(structure.referent(), "/api/candidates",
        "{\"firstName\":\"Awa\",\"lastName\":\"Diallo\",\"email\":\"awa@example.org\",\"rsaBeneficiary\":true,\"consent\":true}");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long candidateId = Long.parseLong(created.getBody().replaceAll(".*\"id\":(\\d+).*", "$1"));

    ResponseEntity<String> referred = post(structure.referent(), "/api/drives/" + drive + "/referrals",
        "{\"candidateId\":" + candidateId + ",\"comment\":\"CACES 1 en poche\"}");

    assertThat(referred.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(referred.getBody()).contains("\"status\":\"SUBMITTED\"", "\"driveReference\":\"" + drive + "\"");
    assertThat(referralsOf(drive)).isOne();
  }

  @Test
  @DisplayName("données invalides : 400 nommant chaque champ, rien de créé")
  void invalidInputNamesEachField() {
    TestReferrals.TestStructure structure = fixtures.structure();
    long before = candidates.count();

    ResponseEntity<String> response = post(structure.referent(), "/api/candidates",
        "{\"firstName\":\"\",\"email\":\"pas-un-email\",\"consent\":false}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("\"firstName\"", "\"lastName\"", "\"email\"", "\"consent\"",
        "consentement du candidat");
    assertThat(candidates.count()).isEqualTo(before);
    String drive = drives.open(10).getBusinessKey();
    ResponseEntity<String> noCandidate = post(structure.referent(), "/api/drives/" + drive + "/referrals", "{}");
    assertThat(noCandidate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noCandidate.getBody()).contains("\"candidateId\"");
    assertThat(post(structure.referent(), "/api/drives/" + drive + "/referrals", "{not json").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(referralsOf(drive)).isZero();
  }

  @Test
  @DisplayName("le même candidat orienté deux fois vers la même campagne : 409, rien de créé")
  void duplicateReferralIsAConflict() {
    TestReferrals.TestStructure structure = fixtures.structure();
    long candidateId = fixtures.candidate(structure).getId();
    String drive = drives.open(10).getBusinessKey();
    String body = "{\"candidateId\":" + candidateId + "}";

    assertThat(post(structure.referent(), "/api/drives/" + drive + "/referrals", body).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> again = post(structure.referent(), "/api/drives/" + drive + "/referrals", body);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("déjà orienté");
    assertThat(referralsOf(drive)).isOne();
  }

  @Test
  @DisplayName("deux orientations identiques au même instant : une seule créée, l'autre 409")
  void simultaneousDuplicatesCreateOneReferral() throws Exception {
    TestReferrals.TestStructure structure = fixtures.structure();
    long candidateId = fixtures.candidate(structure).getId();
    String drive = drives.open(10).getBusinessKey();
    int attempts = 6;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpStatus>> results = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return HttpStatus.valueOf(post(structure.referent(), "/api/drives/" + drive + "/referrals",
            "{\"candidateId\":" + candidateId + "}").getStatusCode().value());
      }));
    }
    start.countDown();
    List<HttpStatus> statuses = new ArrayList<>();
    for (Future<HttpStatus> result : results) {
      statuses.add(result.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(statuses).containsOnlyOnce(HttpStatus.CREATED);
    assertThat(statuses).filteredOn(status -> status != HttpStatus.CREATED).containsOnly(HttpStatus.CONFLICT);
    assertThat(referralsOf(drive)).isOne();
  }

  @Test
  @DisplayName("une structure ne peut orienter le candidat d'une autre (404), ni une coordinatrice orienter (403)")
  void structuresOnlyReferTheirOwnCandidates() {
    TestReferrals.TestStructure mine = fixtures.structure();
    TestReferrals.TestStructure theirs = fixtures.structure();
    long theirCandidate = fixtures.candidate(theirs).getId();
    String drive = drives.open(10).getBusinessKey();
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);

    ResponseEntity<String> foreign = post(mine.referent(), "/api/drives/" + drive + "/referrals",
        "{\"candidateId\":" + theirCandidate + "}");
    ResponseEntity<String> staff = post(coordinator, "/api/drives/" + drive + "/referrals",
        "{\"candidateId\":" + theirCandidate + "}");

    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(referralsOf(drive)).isZero();
  }

  @Test
  @DisplayName("campagne inconnue : 404 ; campagne close : 409")
  void onlyOpenDrivesTakeReferrals() {
    TestReferrals.TestStructure structure = fixtures.structure();
    long candidateId = fixtures.candidate(structure).getId();
    String body = "{\"candidateId\":" + candidateId + "}";

    assertThat(post(structure.referent(), "/api/drives/DRV-1999-0001/referrals", body).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    var closed = drives.open(1);
    String reference = closed.getBusinessKey();
    drives.closeByCoordinator(closed);
    assertThat(post(structure.referent(), "/api/drives/" + reference + "/referrals", body).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @DisplayName("l'API est décrite en OpenAPI")
  void apiIsDocumented() {
    assertThat(http.getForObject("/v3/api-docs", String.class)).contains("/api/drives/{reference}/referrals");
  }

  private ResponseEntity<String> startForm(String user, String drive, boolean consent) {
    String variables = """
        {"variables": {
          "driveReference": {"value": "%s"}, "firstName": {"value": "Inès"}, "lastName": {"value": "Martin"},
          "email": {"value": "ines.martin@example.org"}, "rsaBeneficiary": {"value": true, "type": "Boolean"},
          "consent": {"value": %s, "type": "Boolean"}, "contactConsent": {"value": true, "type": "Boolean"}}}"""
        .formatted(drive, consent);
    return TasklistSession.login(http, user).post("/process-definition/key/candidateReferral/submit-form", variables);
  }

  @Test
  @DisplayName("formulaire de démarrage de Tasklist : la structure oriente un nouveau candidat, une seule fois")
  void structureRefersFromTheTasklistStartForm() {
    TestReferrals.TestStructure structure = fixtures.structure();
    String drive = drives.open(10).getBusinessKey();

    ResponseEntity<String> started = startForm(structure.referent(), drive, true);

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).containsPattern("\"businessKey\":\"ORI-\\d{4}-\\d{5}\"");
    String instanceId = started.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(runtimeService.getVariables(instanceId)).containsKey(ReferralProcess.Vars.EMPLOYER_GROUP_ID.name())
        .doesNotContainKeys("firstName", "lastName", "email", "contactConsent");
    assertThat(candidates.findByStructureIdAndLastNameIgnoreCaseAndFirstNameIgnoreCase(
        structure.structure().getId(), "MARTIN", "inès")).singleElement()
        .satisfies(candidate -> assertThat(candidate.getContactConsentAt()).as("she agreed to be asked").isNotNull());

    ResponseEntity<String> again = startForm(structure.referent(), drive, true);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody()).contains("déjà orienté");
    assertThat(referralsOf(drive)).isOne();
  }

  @Test
  @DisplayName("formulaire de démarrage sans consentement, ou par une coordinatrice : refusé, rien de créé")
  void startFormRefusals() {
    TestReferrals.TestStructure structure = fixtures.structure();
    String drive = drives.open(10).getBusinessKey();
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    long before = candidates.count();

    ResponseEntity<String> noConsent = startForm(structure.referent(), drive, false);
    ResponseEntity<String> staff = startForm(coordinator, drive, true);
    ResponseEntity<String> unknownDrive = startForm(structure.referent(), "DRV-1999-0001", true);

    assertThat(noConsent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noConsent.getBody()).contains("consentement");
    assertThat(staff.getStatusCode().is4xxClientError()).isTrue();
    assertThat(unknownDrive.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownDrive.getBody()).contains("Aucune campagne DRV-1999-0001");
    assertThat(referralsOf(drive)).isZero();
    assertThat(candidates.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("la structure retire son candidat : l'orientation se clôt où qu'elle en soit ; une autre structure ne le peut pas")
  void structureWithdrawsItsCandidate() {
    TestReferrals.TestStructure structure = fixtures.structure();
    TestReferrals.TestStructure other = fixtures.structure();
    String drive = drives.open(10).getBusinessKey();
    ResponseEntity<String> referred = post(structure.referent(), "/api/drives/" + drive + "/referrals",
        "{\"candidateId\":" + fixtures.candidate(structure).getId() + "}");
    String reference = referred.getBody().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
    String path = "/api/referrals/" + reference + "/withdrawal";

    assertThat(post(other.referent(), path, "{}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> withdrawn = post(structure.referent(), path, "{\"comment\":\"A trouvé un emploi\"}");

    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody()).contains("\"status\":\"WITHDRAWN\"");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    assertThat(post(structure.referent(), path, "{}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @DisplayName("confirmation d'embauche par l'API du moteur : refusée si incomplète (tâche ouverte), puis la dernière embauche clôt la campagne")
  void employerConfirmsTheHireThatReachesTheTarget() {
    var drive = drives.open(1);
    String employer = users.create("emp", drives.find(drive.getBusinessKey()).getEmployer().getGroupId());
    TestReferrals.TestStructure structure = fixtures.structure();
    String reference = referralService.refer(drive.getBusinessKey(), fixtures.candidate(structure).getId(), null,
        new Caller(structure.referent(), fixtures.groupsOf(structure))).getReference();
    completeTask(reference, Map.of(ReferralProcess.Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    completeTask(reference, Map.of(ReferralProcess.Vars.INTERVIEW_DECISION.name(), "INTERVIEW",
        ReferralProcess.Vars.INTERVIEW_DATE.name(), TestDrives.today().plusDays(1).toString()));
    fixtures.interviewHeld(reference);
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    String path = "/task/" + taskId + "/submit-form";
    TasklistSession employerSession = TasklistSession.login(http, employer);

    ResponseEntity<String> incomplete = employerSession.post(path, """
        {"variables": {"hireDecision": {"value": "HIRED"}, "hireStartDate": {"value": "2026-02-30"},
          "weeklyHours": {"value": 35, "type": "Long"}}}""");
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(incomplete.getBody()).contains("type de contrat est obligatoire", "date de démarrage");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

    ResponseEntity<String> confirmed = employerSession.post(path, """
        {"variables": {"hireDecision": {"value": "HIRED"}, "contractType": {"value": "CDI"},
          "hireStartDate": {"value": "%s"}, "weeklyHours": {"value": 35, "type": "Long"}}}"""
        .formatted(TestDrives.today().plusDays(7)));

    assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(drives.find(drive.getBusinessKey()).getStatus()).isEqualTo(fr.pcpe.workflow.drive.DriveStatus.CLOSED);
    assertThat(drives.find(drive.getBusinessKey()).getClosingReason())
        .isEqualTo(fr.pcpe.workflow.drive.ClosingReason.TARGET_REACHED);
  }

  private void completeTask(String reference, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(),
        variables);
  }

  @Test
  @DisplayName("une personne déjà accompagnée par une autre structure (même nom, et même naissance ou e-mail) : un avertissement sans rien d'elle, et la coordination le voit à la pré-sélection")
  void duplicateAcrossStructures() {
    TestReferrals.TestStructure first = fixtures.structure();
    TestReferrals.TestStructure second = fixtures.structure();
    String name = "Moussa" + java.util.UUID.randomUUID().toString().substring(0, 6);
    String person = "{\"firstName\":\"" + name + "\",\"lastName\":\"Konaté\",\"consent\":true,";

    ResponseEntity<String> original = post(first.referent(), "/api/candidates", person + "\"birthDate\":\"1990-05-04\",\"email\":\"mk-" + name + "@example.org\"}");
    assertThat(original.getBody()).doesNotContain("duplicateWarning");
    assertThat(post(second.referent(), "/api/candidates", person + "\"birthDate\":\"1990-05-05\"}").getBody())
        .as("same name only").doesNotContain("duplicateWarning");
    assertThat(post(second.referent(), "/api/candidates", person + "\"birthDate\":\"2990-05-05\"}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post(first.referent(), "/api/candidates", person + "\"birthDate\":\"1990-05-04\"}").getBody())
        .as("the same structure again: not another structure's person").doesNotContain("duplicateWarning");

    ResponseEntity<String> sameBirth = post(second.referent(), "/api/candidates", person + "\"birthDate\":\"1990-05-04\"}");
    assertThat(sameBirth.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(sameBirth.getBody()).contains("duplicateWarning", "déjà accompagnée par une autre structure")
        .doesNotContain(first.structure().getName());
    assertThat(post(second.referent(), "/api/candidates", person + "\"email\":\"MK-" + name + "@example.org\"}").getBody())
        .as("same email").contains("duplicateWarning");

    long duplicateId = Long.parseLong(sameBirth.getBody().replaceAll(".*\"id\":(\\d+).*", "$1"));
    String drive = drives.open(10).getBusinessKey();
    String reference = post(second.referent(), "/api/drives/" + drive + "/referrals", "{\"candidateId\":" + duplicateId + "}")
        .getBody().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
    String context = (String) runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult().getId(), ReferralProcess.Vars.REFERRAL_CONTEXT.name());
    assertThat(context).contains("Attention", "autre structure").doesNotContain(first.structure().getName());
  }
}
