package fr.pcpe.workflow.drive;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.TestSirets;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A whole drive, each step done by the person who does it in real life, through the APIs Tasklist and
 * the structures' tools use: onboarding, agreement, mobilization, referral, pre-screening, interview,
 * the hire that reaches the target, the closing report.
 */
@IntegrationTest
class DriveJourneyTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  TestDrives drives;
  @Autowired
  DriveService driveService;
  @Autowired
  TestReferrals referrals;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;

  private ResponseEntity<String> post(String user, String path, String json) {
    return TestHttp.postJson(http, user, path, json);
  }

  /** Completes, as this user and through Tasklist's API, the one open task of the instance. */
  private void submit(String user, String businessKey, String taskKey, String variablesJson) {
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
        .singleResult().getId();
    ResponseEntity<String> response = TasklistSession.login(http, user).post("/task/" + taskId + "/submit-form",
        "{\"variables\": " + variablesJson + "}");
    assertThat(response.getStatusCode()).as(taskKey + ": " + response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  @DisplayName("parcours complet : de l'accueil de l'employeur au bilan, objectif atteint")
  void fromOnboardingToClosingReport() {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    PartnerStructure structure = drives.mobilizableStructure();
    String referent = users.create("ref", structure.getGroupId());
    ProcessInstance drive = driveService.start("Parcours Logistique");
    String reference = drive.getBusinessKey();
    String siret = TestSirets.fresh();
    String today = TestDrives.today().toString();

    submit(coordinator, reference, DriveProcess.TASK_ONBOARD_EMPLOYER, """
        {"employerName": {"value": "Parcours Logistique"}, "siret": {"value": "%s"}, "sector": {"value": "LOGISTICS"},
         "contactName": {"value": "Marc Dubois"}, "contactEmail": {"value": "rh@parcours.example"},
         "needDescription": {"value": "Un préparateur de commandes"}}""".formatted(siret));
    String employer = users.create("emp", PcpeGroups.ofEmployer(siret));
    submit(coordinator, reference, DriveProcess.TASK_AGREE_DRIVE, """
        {"jobTitle": {"value": "Préparateur de commandes"}, "romeCode": {"value": "N1103"},
         "contractType": {"value": "CDI"}, "positions": {"value": 1, "type": "Long"}, "startDate": {"value": "%s"},
         "place": {"value": "Tremblay-en-France"}, "targetHires": {"value": 1, "type": "Long"},
         "deadline": {"value": "%s"}, "mobilizedStructures": {"value": "[\\"%s\\"]", "type": "Json"}}"""
        .formatted(today, TestDrives.today().plusMonths(2), structure.getGroupId()));
    submit(referent, reference, DriveProcess.TASK_ANSWER_MOBILIZATION, """
        {"mobilizationDecision": {"value": "COMMIT"}, "committedCandidates": {"value": 3, "type": "Long"}}""");

    ResponseEntity<String> candidate = post(referent, "/api/candidates",
        "{\"firstName\":\"Awa\",\"lastName\":\"Diallo\",\"rsaBeneficiary\":true,\"consent\":true}");
    String candidateId = candidate.getBody().replaceAll(".*\"id\":(\\d+).*", "$1");
    ResponseEntity<String> referred = post(referent, "/api/drives/" + reference + "/referrals",
        "{\"candidateId\":" + candidateId + "}");
    assertThat(referred.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String referral = referred.getBody().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");

    submit(coordinator, referral, "userTask_prescreenCandidate", "{\"prescreenDecision\": {\"value\": \"ACCEPT\"}}");
    submit(employer, referral, "userTask_decideInterview", """
        {"interviewDecision": {"value": "INTERVIEW"}, "interviewDate": {"value": "%s"}}""".formatted(today));
    referrals.interviewHeld(referral);
    submit(employer, referral, "userTask_confirmHire", """
        {"hireDecision": {"value": "HIRED"}, "contractType": {"value": "CDI"}, "hireStartDate": {"value": "%s"},
         "weeklyHours": {"value": 35, "type": "Long"}}""".formatted(today));

    RecruitmentDrive closed = driveService.find(reference);
    assertThat(closed.getStatus()).isEqualTo(DriveStatus.CLOSED);
    assertThat(closed.getClosingReason()).isEqualTo(ClosingReason.TARGET_REACHED);
    assertThat(http.withBasicAuth(referent, TestUsers.PASSWORD).getForObject("/api/referrals/" + referral, String.class))
        .contains("\"status\":\"HIRED\"");
    String report = (String) taskService.getVariable(taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .singleResult().getId(), DriveProcess.Vars.CLOSING_REPORT.name());
    assertThat(report).contains("objectif d'embauches atteint", "| " + structure.getName() + " | 1 | 1 | 1 | 1 | 1 |");

    submit(coordinator, reference, DriveProcess.TASK_REVIEW_CLOSING_REPORT, "{}");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).finished()
        .count()).isOne();
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForObject("/api/drives/" + reference, String.class))
        .as("the closing report stays once its task is done").contains("objectif d'embauches atteint", structure.getName());
    assertThat(http.withBasicAuth(employer, TestUsers.PASSWORD).getForObject("/api/drives/" + reference, String.class))
        .as("not the partners' funnel for the employer").contains("\"closingReport\":null");
  }
}
