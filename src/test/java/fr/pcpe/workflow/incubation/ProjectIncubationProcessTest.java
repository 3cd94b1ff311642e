package fr.pcpe.workflow.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.incubation.IncubationEnums.Decision;
import fr.pcpe.workflow.incubation.IncubationEnums.Stage;
import fr.pcpe.workflow.incubation.IncubationEnums.Status;
import fr.pcpe.workflow.incubation.IncubationProcess.Vars;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** processes/incubation/project-incubation.bpmn: every gate outcome, both timers, abandonment. */
@IntegrationTest
class ProjectIncubationProcessTest {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  IncubationService projects;
  @Autowired
  TestUsers users;
  @Autowired
  TestRestTemplate http;
  @Autowired
  TestReferrals fixtures;

  private String lead;
  private Instant start;

  @BeforeEach
  void aLead() {
    BpmnAwareTests.init(processEngine);
    lead = users.create("lead", PcpeGroups.COORDINATORS);
    start = ClockUtil.now().toInstant();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance propose() {
    return runtimeService.startProcessInstanceByKey(IncubationProcess.KEY,
        Map.of(Vars.PROJECT_NAME.name(), "Groupement d'employeurs petite enfance", Vars.LEAD_USER_ID.name(), lead));
  }

  private void work(ProcessInstance project, Map<String, Object> facts) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(IncubationProcess.TASK_WORK).singleResult().getId(), facts);
  }

  private void committee(ProcessInstance project, Decision decision, Map<String, Object> more) {
    Map<String, Object> form = new HashMap<>(more);
    form.put(Vars.DECISION.name(), decision.name());
    taskService.complete(taskService.createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(IncubationProcess.TASK_COMMITTEE).singleResult().getId(), form);
  }

  private IncubationProject record(ProcessInstance project) {
    return projects.find(project.getBusinessKey());
  }

  /** Facts that satisfy every rule of the advice: territory, two partners, 80 % of the budget. */
  private void goThroughStage(ProcessInstance project, int stage) {
    Map<String, Object> facts = new HashMap<>();
    if (stage == 0) {
      facts.put(Vars.TERRITORY.name(), "Est ensemble");
      facts.put(Vars.BUDGET.name(), 100_000L);
      facts.put(Vars.FUNDER_NAME.name(), "FSE+ (fonds européens)");
      facts.put(Vars.FUNDER_AMOUNT.name(), 80_000L);
    }
    if (stage <= 1) {
      facts.put(Vars.PARTNER_NAME.name(), stage == 0 ? "Département de la Seine-Saint-Denis" : "Fondation Entreprendre");
      facts.put(Vars.PARTNER_COMMITTED.name(), true);
    }
    work(project, facts);
    committee(project, Decision.GO, Map.of());
  }

  @Test
  @DisplayName("de l'idée à la capitalisation : sept étapes, sept comités qui poursuivent, avis GO à chaque fois")
  void fromIdeaToCapitalisation() {
    ProcessInstance project = propose();
    assertThat(project.getBusinessKey()).matches("PRJ-\\d{4}-\\d{3}");
    for (int stage = 0; stage < Stage.values().length; stage++) {
      assertThat(record(project).getStage()).isEqualTo(Stage.values()[stage]);
      goThroughStage(project, stage);
    }
    assertThat(project).isEnded().hasPassed(IncubationProcess.END_CAPITALISED);
    assertThat(record(project).getStatus()).isEqualTo(Status.CAPITALISED);
    assertThat(record(project).getHistory()).hasSize(7)
        .allSatisfy(event -> assertThat(event.getAdvice()).isEqualTo("GO"));
  }

  @Test
  @DisplayName("retravailler : l'étape reste la même, l'avis et la décision sont gardés")
  void reworkKeepsTheStage() {
    ProcessInstance project = propose();
    goThroughStage(project, 0);
    goThroughStage(project, 1);
    goThroughStage(project, 2);
    work(project, Map.of());
    assertThat((String) runtimeService.getVariable(project.getId(), Vars.ADVICE.name())).isEqualTo("GO");

    committee(project, Decision.REWORK, Map.of(Vars.REMARKS.name(), "Préciser les besoins des crèches"));

    assertThat(record(project).getStage()).isEqualTo(Stage.TERRITORY_PARTNERS);
    assertThat(project).isWaitingAt(IncubationProcess.TASK_WORK);
    assertThat((String) runtimeService.getVariable(project.getId(), Vars.COMMITTEE_REMARKS.name()))
        .isEqualTo("Préciser les besoins des crèches");
    assertThat(record(project).getHistory()).last()
        .satisfies(event -> assertThat(event.getDecision()).isEqualTo(Decision.REWORK));
  }

  @Test
  @DisplayName("abandon en comité : motif et enseignements exigés, puis gardés avec le projet")
  void committeeAbandons() {
    ProcessInstance project = propose();
    work(project, Map.of());
    assertThatThrownBy(() -> committee(project, Decision.ABANDON, Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("enseignements");

    committee(project, Decision.ABANDON, Map.of(Vars.ABANDON_REASON.name(), "Désaccords entre les fondateurs",
        Vars.LESSONS_LEARNED.name(), "Formaliser la gouvernance dès la pré-maquette"));

    assertThat(project).isEnded().hasPassed(IncubationProcess.END_ABANDONED);
    assertThat(record(project).getStatus()).isEqualTo(Status.ABANDONED);
    assertThat(record(project).getLessonsLearned()).contains("gouvernance");
  }

  @Test
  @DisplayName("abandon à tout moment, depuis trois étapes différentes")
  void abandonAtAnyStage() {
    for (int stagesDone : new int[] {0, 2, 4}) {
      ProcessInstance project = propose();
      for (int stage = 0; stage < stagesDone; stage++) {
        goThroughStage(project, stage);
      }
      Stage abandonedAt = record(project).getStage();

      projects.abandon(project.getBusinessKey(), "Plus de porteur disponible", "Prévoir un binôme de porteurs");

      assertThat(project).isEnded().hasPassed(IncubationProcess.END_ABANDONED_ANYTIME);
      assertThat(record(project).getStage()).isEqualTo(abandonedAt);
      assertThat(record(project).getAbandonReason()).isEqualTo("Plus de porteur disponible");
    }
  }

  @Test
  @DisplayName("un point avec le porteur tous les 30 jours de l'étape, qu'il fait sans arrêter l'étape")
  void monthlyCheckIns() {
    ProcessInstance project = propose();

    TestClock.daysAfter(start, 29, managementService, project.getId());
    assertThat(taskService.createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(IncubationProcess.TASK_CHECK_IN).count()).isZero();
    TestClock.daysAfter(start, 30.1, managementService, project.getId());
    TestClock.daysAfter(start, 60.2, managementService, project.getId());

    assertThat(taskService.createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(IncubationProcess.TASK_CHECK_IN).taskAssignee(lead).count()).isEqualTo(2);
    notes(project, lead, IncubationProcess.TASK_CHECK_IN, "checkInNotes", "Deux partenaires rencontrés, un troisième en vue.");
    assertThat(taskService.createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(IncubationProcess.TASK_CHECK_IN).count()).as("one check-in done, the other waits").isOne();
    assertThat(taskService.createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(IncubationProcess.TASK_WORK).count()).as("the stage goes on").isOne();
  }

  /** The user, in Tasklist, writes the notes of one of the project's tasks of this kind and completes it. */
  private void notes(ProcessInstance project, String user, String taskKey, String field, String text) {
    String task = taskService.createTaskQuery().taskDefinitionKey(taskKey).processInstanceId(project.getId()).list()
        .get(0).getId();
    assertThat(TasklistSession.login(http, user).post("/task/" + task + "/submit-form",
        "{\"variables\": {\"" + field + "\": {\"value\": \"" + text + "\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  @DisplayName("90 jours sans changer d'étape : la coordination est alertée et relance ; un passage d'étape remet le compteur à zéro")
  void stalledProjectAlertsTheCoordinators() {
    ProcessInstance stalled = propose();
    ProcessInstance moving = propose();
    TestClock.daysAfter(start, 60, managementService, moving.getId());
    goThroughStage(moving, 0);

    TestClock.daysAfter(start, 90.1, managementService, stalled.getId());
    TestClock.daysAfter(start, 90.1, managementService, moving.getId());

    assertThat(taskService.createTaskQuery().processInstanceId(stalled.getId())
        .taskDefinitionKey(IncubationProcess.TASK_STALLED).taskCandidateGroup(PcpeGroups.COORDINATORS).count()).isOne();
    assertThat(taskService.createTaskQuery().processInstanceId(moving.getId())
        .taskDefinitionKey(IncubationProcess.TASK_STALLED).count()).isZero();
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    notes(stalled, coordinator, IncubationProcess.TASK_STALLED, "stallNotes", "Porteur rappelé : le dossier repart.");
    assertThat(taskService.createTaskQuery().processInstanceId(stalled.getId())
        .taskDefinitionKey(IncubationProcess.TASK_STALLED).count()).isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(stalled.getId())
        .taskDefinitionKey(IncubationProcess.TASK_WORK).count()).as("the stage goes on").isOne();
  }

  @Test
  @DisplayName("l'avis du comité suit les faits : sans territoire à l'étape territoire et partenaires, retravailler")
  void committeeSeesTheAdvice() {
    ProcessInstance project = propose();
    for (int stage = 0; stage < 3; stage++) {
      work(project, Map.of());
      committee(project, Decision.GO, Map.of());
    }
    work(project, Map.of());

    assertThat((String) runtimeService.getVariable(project.getId(), Vars.ADVICE.name())).isEqualTo("REWORK");
    assertThat((String) runtimeService.getVariable(project.getId(), Vars.ADVICE_RATIONALE.name())).contains("territoire");
  }

  @Test
  @DisplayName("API : les projets par étape et jours sans mouvement, abandonnés compris ; réservé à la coordination")
  void projectsApi() {
    ProcessInstance project = propose();
    String structureUser = fixtures.structure().referent();
    TestHttp.postJson(http, lead, "/api/projects/" + project.getBusinessKey() + "/abandonment",
        "{\"reason\":\"Désaccords entre les fondateurs\",\"lessonsLearned\":\"Formaliser la gouvernance\"}");

    String abandoned = http.withBasicAuth(lead, TestUsers.PASSWORD).getForObject("/api/projects?status=ABANDONED",
        String.class);
    assertThat(abandoned).contains(project.getBusinessKey(), "Désaccords entre les fondateurs", "\"stage\":\"IDEA\"",
        "\"lead\":\"Camille Essai\"", "\"stageLabel\":\"Idée\"", "\"statusLabel\":\"abandonné\"")
        .as("the lead by name, not by login").doesNotContain(lead);
    assertThat(http.withBasicAuth(structureUser, TestUsers.PASSWORD).getForEntity("/api/projects", String.class)
        .getStatusCode().value()).isEqualTo(403);
  }
}
