package fr.pcpe.workflow.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Step;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * processes/followup/cce-follow-up.bpmn: who sees what and which email goes where, by moving the clock
 * through every deadline.
 */
@IntegrationTest
class CceFollowUpProcessTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Autowired
  FollowUpService followUps;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestUsers users;
  @Autowired
  TaskService taskService;
  @Autowired
  FormService formService;
  @Autowired
  ManagementService managementService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  TestRestTemplate http;
  @Autowired
  FilterService filterService;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  RepositoryService repositoryService;

  private TestReferrals.TestStructure structure;
  private String head;
  private Mailbox mailbox;
  private LocalDate eventDate;
  private Instant eventStart;

  @BeforeEach
  void aStructureWithAReferentAndAHead() {
    structure = fixtures.structure();
    head = users.create("head", PcpeGroups.headsOf(structure.structure().getGroupId()));
    mailbox = new Mailbox(greenMail, dispatcher);
    eventDate = TestDrives.today();
    eventStart = eventDate.atStartOfDay(PARIS).toInstant();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private FollowUp open() {
    return followUps.open(fixtures.candidate(structure).getId(), eventDate, structure.referent());
  }

  private Task taskOf(FollowUp followUp) {
    return taskService.createTaskQuery().processInstanceBusinessKey(followUp.getReference()).singleResult();
  }

  /** Moves the clock, then runs what falls due in the follow-up and the processes it calls (alerts, pause). */
  private void daysLater(FollowUp followUp, double days) {
    TestClock.daysAfter(eventStart, days, managementService, runtimeService, followUp.getReference());
  }

  private List<Level> levels(FollowUp followUp) {
    return followUps.escalationsOf(followUp.getReference()).stream().map(FollowUpEscalation::getLevel).toList();
  }

  private long escalationMails(String recipient) {
    return mailbox.deliveredTo(recipient).stream().filter(mail -> mail.subject().startsWith("Suivi en retard")).count();
  }

  private String referentEmail() {
    return structure.referent() + "@test.example";
  }

  /** The process instances of the follow-ups in Tasklist's "Suivis en retard" for this user. */
  private List<String> lateFollowUpsSeenBy(String userId, String group) {
    String filter = filterService.createTaskFilterQuery().filterName("Suivis en retard").singleResult().getId();
    identityService.setAuthentication(userId, List.of(group));
    try {
      return filterService.<Task>listPage(filter, 0, 1000).stream().map(Task::getProcessInstanceId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  @DisplayName("« Suivis en retard » dans Tasklist : chacun voit les suivis en retard qui lui ont été signalés, personne d'autre")
  void lateFollowUpsFilterShowsEachLevelItsOwn() {
    FollowUp followUp = open();
    String reference = taskOf(followUp).getProcessInstanceId();
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    TestReferrals.TestStructure other = fixtures.structure();
    String structureGroup = structure.structure().getGroupId();
    String headsGroup = PcpeGroups.headsOf(structureGroup);

    daysLater(followUp, 6.5);
    assertThat(lateFollowUpsSeenBy(structure.referent(), structureGroup)).as("not late yet").doesNotContain(reference);

    daysLater(followUp, 7.5);
    assertThat(lateFollowUpsSeenBy(structure.referent(), structureGroup)).contains(reference);
    assertThat(lateFollowUpsSeenBy(head, headsGroup)).doesNotContain(reference);
    assertThat(lateFollowUpsSeenBy(coordinator, PcpeGroups.COORDINATORS)).doesNotContain(reference);

    daysLater(followUp, 15.5);
    assertThat(lateFollowUpsSeenBy(head, headsGroup)).contains(reference);
    assertThat(lateFollowUpsSeenBy(coordinator, PcpeGroups.COORDINATORS)).doesNotContain(reference);

    daysLater(followUp, 30.5);
    assertThat(lateFollowUpsSeenBy(coordinator, PcpeGroups.COORDINATORS)).contains(reference);
    assertThat(lateFollowUpsSeenBy(structure.referent(), structureGroup)).as("still the referent's").contains(reference);
    assertThat(lateFollowUpsSeenBy(other.referent(), other.structure().getGroupId())).doesNotContain(reference);

    // the task's authorizations: one per group that needs it, none for the coordinators (granted every task)
    String task = taskOf(followUp).getId();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task).list())
        .extracting(Authorization::getGroupId).contains(structureGroup, headsGroup)
        .doesNotContain(PcpeGroups.COORDINATORS);
  }

  @Test
  @DisplayName("rencontré avant J+7 : aucun rappel, la proposition est attendue")
  void metBeforeTheReminder() {
    FollowUp followUp = open();
    Task meet = taskOf(followUp);
    assertThat(meet.getAssignee()).isEqualTo(structure.referent());
    assertThat(meet.getTaskDefinitionKey()).isEqualTo(FollowUpProcess.TASK_MEET);
    assertThat(meet.getName()).isEqualTo("Rencontrer le candidat — Awa Diallo");
    assertThat(meet.getDueDate()).as("due when the referent is reminded")
        .isEqualTo(java.util.Date.from(eventStart.plus(java.time.Duration.ofDays(7))));

    daysLater(followUp, 3);
    taskService.complete(meet.getId(), Map.of(Vars.MEETING_DATE.name(), eventDate.plusDays(3).toString()));
    daysLater(followUp, 7.5);

    assertThat(levels(followUp)).isEmpty();
    assertThat(escalationMails(referentEmail())).isZero();
    assertThat(followUps.find(followUp.getReference()).getCurrentStep()).isEqualTo(Step.PROPOSE);
    assertThat(taskOf(followUp).getTaskDefinitionKey()).isEqualTo(FollowUpProcess.TASK_PROPOSE);
    assertThat((String) taskService.getVariable(taskOf(followUp).getId(), Vars.HISTORY.name()))
        .as("the proposal's form shows what was recorded")
        .contains("Rencontré(e) le **" + eventDate.plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
        .contains("Dernier contact le");
    List<String> details = historyService.createHistoricDetailQuery()
        .processInstanceId(taskOf(followUp).getProcessInstanceId()).variableUpdates().list().stream()
        .map(detail -> ((HistoricVariableUpdate) detail).getVariableName()).toList();
    assertThat(details).as("the referent's form in detail; what is copied from the records, shown again, not")
        .contains(Vars.MEETING_DATE.name()).doesNotContain(Vars.HISTORY.name(), Vars.CANDIDATE_NAME.name());
  }

  @Test
  @DisplayName("J+7 : rappel au référent seulement ; J+15 : la direction voit la tâche ; J+30 : la coordination aussi")
  void lateMeetingEscalatesUpTheChain() {
    FollowUp followUp = open();
    String structureHeads = PcpeGroups.headsOf(structure.structure().getGroupId());

    daysLater(followUp, 6.9);
    assertThat(levels(followUp)).isEmpty();
    daysLater(followUp, 7.01);
    assertThat(levels(followUp)).containsExactly(Level.REMINDER);
    assertThat(escalationMails(referentEmail())).isOne();
    assertThat(taskService.createTaskQuery().taskCandidateGroup(structureHeads).includeAssignedTasks().count())
        .isZero();

    daysLater(followUp, 15.01);
    assertThat(levels(followUp)).containsExactly(Level.REMINDER, Level.HEAD);
    assertThat(escalationMails(structure.structure().getHeadEmail())).isOne();
    ResponseEntity<String> headsTasks = TasklistSession.login(http, head).get("/task?maxResults=50");
    assertThat(headsTasks.getBody()).contains(taskOf(followUp).getId());
    assertThat(taskOf(followUp).getAssignee()).isEqualTo(structure.referent());
    assertThat(taskService.createTaskQuery().taskId(taskOf(followUp).getId())
        .taskCandidateGroup(PcpeGroups.COORDINATORS).includeAssignedTasks()
        .count()).isZero();

    assertThat(taskOf(followUp).getPriority()).as("a late step rises in the lists").isEqualTo(100);
    assertThat(taskOf(followUp).getName()).as("and its name says how late, where people read it")
        .isEqualTo("Rencontrer le candidat — Awa Diallo · en retard, signalé à la direction");
    assertThat(formService.getTaskFormVariables(taskOf(followUp).getId()).getValue(Vars.ESCALATION_LABEL.name(), String.class))
        .as("its form says how late it is").isEqualTo("En retard : alerte à la direction de la structure.");

    daysLater(followUp, 30.01);
    assertThat(levels(followUp)).containsExactly(Level.REMINDER, Level.HEAD, Level.COORDINATORS);
    assertThat(taskOf(followUp).getPriority()).isEqualTo(125);
    assertThat(taskOf(followUp).getName()).isEqualTo("Rencontrer le candidat — Awa Diallo · en retard, signalé à la coordination");
    assertThat(mailbox.deliveredTo("coordination@pcpe93.example")).as("one alert to the coordination, for this follow-up")
        .filteredOn(mail -> mail.subject().startsWith("Suivi en retard") && mail.body().contains(followUp.getReference()))
        .hasSize(1);
    assertThat(taskService.createTaskQuery().taskId(taskOf(followUp).getId())
        .taskCandidateGroup(PcpeGroups.COORDINATORS).includeAssignedTasks()
        .count()).isOne();
    assertThat(followUps.find(followUp.getReference()).getEscalationLevel()).isEqualTo(Level.COORDINATORS);
    assertThat(taskOf(followUp).getAssignee()).isEqualTo(structure.referent());
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName(Vars.LEVEL.name())
        .processInstanceIdIn(escalationOf(followUp).getId()).count()).as("each level has its delegate").isZero();

    taskService.complete(taskOf(followUp).getId(), Map.of(Vars.MEETING_DATE.name(), eventDate.plusDays(29).toString()));
    assertThat(taskOf(followUp).getTaskDefinitionKey()).isEqualTo(FollowUpProcess.TASK_PROPOSE);
    assertThat(formService.getTaskFormVariables(taskOf(followUp).getId()).getValue(Vars.ESCALATION_LABEL.name(), String.class))
        .as("the next step is not late").isNull();
  }

  @Test
  @DisplayName("un suivi d'une version antérieure, où le niveau d'alerte était un paramètre d'entrée, est relancé jusqu'au bout")
  void escalationsOfAnEarlierVersionStillRun() throws IOException {
    // the follow-up calls the escalation of its own deployment: an earlier deployment's follow-ups keep its version
    Deployment earlier = repositoryService.createDeployment().name("follow-up, escalation level as input parameter")
        .addClasspathResource("processes/followup/cce-follow-up.bpmn")
        .addClasspathResource("processes/followup/follow-up-on-hold.bpmn")
        .addInputStream("processes/followup/follow-up-escalation.bpmn",
            new ClassPathResource("legacy/follow-up-escalation-level-parameter.bpmn").getInputStream())
        .deploy();
    try {
      FollowUp followUp = open();
      HistoricProcessInstance escalation = escalationOf(followUp);
      assertThat(escalation.getProcessDefinitionId()).isEqualTo(repositoryService
          .createProcessDefinitionQuery().deploymentId(earlier.getId()).processDefinitionKey(FollowUpProcess.ESCALATION_KEY)
          .singleResult().getId());

      daysLater(followUp, 30.01);
      assertThat(levels(followUp)).containsExactly(Level.REMINDER, Level.HEAD, Level.COORDINATORS);
      assertThat(taskOf(followUp).getPriority()).isEqualTo(125);
    assertThat(taskOf(followUp).getName()).isEqualTo("Rencontrer le candidat — Awa Diallo · en retard, signalé à la coordination");
      assertThat(historyService.createHistoricVariableInstanceQuery().variableName(Vars.LEVEL.name())
          .processInstanceIdIn(escalation.getId()).count()).as("the earlier version's input parameter").isEqualTo(3);
    } finally {
      repositoryService.deleteDeployment(earlier.getId(), true);
    }
  }

  /** The escalation the follow-up's first step called (running or ended). */
  private HistoricProcessInstance escalationOf(FollowUp followUp) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(FollowUpProcess.ESCALATION_KEY)
        .processInstanceBusinessKey(followUp.getReference()).singleResult();
  }

  @Test
  @DisplayName("deux suivis du même référent s'escaladent indépendamment")
  void followUpsEscalateIndependently() {
    FollowUp met = open();
    FollowUp forgotten = open();
    daysLater(met, 2);
    taskService.complete(taskOf(met).getId(), Map.of(Vars.MEETING_DATE.name(), eventDate.plusDays(2).toString()));

    daysLater(met, 7.01);
    daysLater(forgotten, 7.01);

    assertThat(levels(met)).isEmpty();
    assertThat(levels(forgotten)).containsExactly(Level.REMINDER);
  }

  @Test
  @DisplayName("la pause arrête les rappels ; à la reprise, les échéances repartent de la date de reprise")
  void pauseStopsRemindersAndResumeRestartsThem() {
    FollowUp followUp = open();
    daysLater(followUp, 3);
    followUps.pause(followUp.getReference(), "Hospitalisation", eventDate.plusDays(20));
    assertThat(taskOf(followUp)).isNull();

    daysLater(followUp, 10);
    assertThat(levels(followUp)).isEmpty();
    daysLater(followUp, 20.01);
    assertThat(taskOf(followUp).getTaskDefinitionKey()).isEqualTo(FollowUpProcess.TASK_MEET);
    daysLater(followUp, 26.9);
    assertThat(levels(followUp)).isEmpty();
    daysLater(followUp, 27.1);

    assertThat(levels(followUp)).containsExactly(Level.REMINDER);
  }

  @Test
  @DisplayName("un suivi en retard mis en pause n'est plus dans les suivis en retard ; il y revient s'il tarde après la reprise")
  void aPausedFollowUpIsNotLate() {
    FollowUp followUp = open();
    daysLater(followUp, 8);
    assertThat(levels(followUp)).containsExactly(Level.REMINDER);
    assertThat(lateReferences(followUp)).contains(followUp.getReference());

    followUps.pause(followUp.getReference(), "Hospitalisation", eventDate.plusDays(20));
    assertThat(lateReferences(followUp)).doesNotContain(followUp.getReference());

    daysLater(followUp, 20.01);
    assertThat(lateReferences(followUp)).as("resumed, its deadlines from today").doesNotContain(followUp.getReference());
    daysLater(followUp, 27.1);
    assertThat(lateReferences(followUp)).contains(followUp.getReference());
  }

  private List<String> lateReferences(FollowUp followUp) {
    return followUps.overdue(Level.REMINDER, followUp.getStructure().getGroupId()).stream()
        .map(FollowUp::getReference).toList();
  }

  @Test
  @DisplayName("la proposition tarde : la même chaîne d'alertes, à compter de la rencontre")
  void lateProposalEscalates() {
    FollowUp followUp = open();
    daysLater(followUp, 2);
    taskService.complete(taskOf(followUp).getId(), Map.of(Vars.MEETING_DATE.name(), eventDate.plusDays(2).toString()));

    daysLater(followUp, 16.9);
    assertThat(levels(followUp)).isEmpty();
    daysLater(followUp, 17.01);

    assertThat(followUps.escalationsOf(followUp.getReference())).singleElement()
        .satisfies(escalation -> assertThat(escalation.getStep()).isEqualTo(Step.PROPOSE));
  }

  @Test
  @DisplayName("proposition et point mensuel : les alertes vont jusqu'à la coordination ; après une pause, l'étape reprend")
  void laterStepsEscalateToTheEndPauseAndResume() {
    FollowUp followUp = open();
    daysLater(followUp, 2);
    taskService.complete(taskOf(followUp).getId(), Map.of(Vars.MEETING_DATE.name(), eventDate.plusDays(2).toString()));
    daysLater(followUp, 62.1);
    assertThat(escalations(followUp)).containsExactly("PROPOSE REMINDER", "PROPOSE HEAD", "PROPOSE COORDINATORS");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.ESCALATION_KEY)
        .processInstanceBusinessKey(followUp.getReference()).count()).as("the chain is over").isZero();

    followUps.pause(followUp.getReference(), "Formation de trois semaines", eventDate.plusDays(70));
    assertThat(taskOf(followUp)).isNull();
    daysLater(followUp, 70.01);
    assertThat(taskOf(followUp).getTaskDefinitionKey()).isEqualTo(FollowUpProcess.TASK_PROPOSE);
    taskService.complete(taskOf(followUp).getId(), Map.of(Vars.PROPOSAL_TYPE.name(), "TRAINING",
        Vars.PROPOSAL_DETAILS.name(), "Formation cariste à l'AFPA de Stains"));

    daysLater(followUp, 100.5);
    assertThat(taskOf(followUp).getTaskDefinitionKey()).isEqualTo(FollowUpProcess.TASK_CHECK_IN);
    daysLater(followUp, 131);
    assertThat(escalations(followUp)).endsWith("CHECK_IN REMINDER", "CHECK_IN HEAD", "CHECK_IN COORDINATORS");
    followUps.pause(followUp.getReference(), "Déménagement", eventDate.plusDays(140));
    assertThat(taskOf(followUp)).isNull();
    daysLater(followUp, 140.01);
    daysLater(followUp, 169.9);
    assertThat(taskOf(followUp)).as("resumed on day 140, the next check-in is a month later").isNull();
    daysLater(followUp, 170.1);
    assertThat(taskOf(followUp).getTaskDefinitionKey()).isEqualTo(FollowUpProcess.TASK_CHECK_IN);
  }

  private List<String> escalations(FollowUp followUp) {
    return followUps.escalationsOf(followUp.getReference()).stream()
        .map(escalation -> escalation.getStep() + " " + escalation.getLevel()).toList();
  }

  @Test
  @DisplayName("après la proposition, un point tous les 30 jours ; une issue clôt le suivi")
  void monthlyCheckInUntilAnOutcome() {
    FollowUp followUp = open();
    daysLater(followUp, 1);
    taskService.complete(taskOf(followUp).getId(), Map.of(Vars.MEETING_DATE.name(), eventDate.plusDays(1).toString()));
    taskService.complete(taskOf(followUp).getId(), Map.of(Vars.PROPOSAL_TYPE.name(), "IMMERSION",
        Vars.PROPOSAL_DETAILS.name(), "Immersion de deux semaines chez LogiNord"));
    assertThat(taskOf(followUp)).isNull();

    daysLater(followUp, 31.01);
    Task checkIn = taskOf(followUp);
    assertThat(checkIn.getTaskDefinitionKey()).isEqualTo(FollowUpProcess.TASK_CHECK_IN);
    taskService.complete(checkIn.getId(), Map.of(Vars.CHECK_IN_OUTCOME.name(), "CONTINUE"));
    assertThat(taskOf(followUp)).isNull();
    daysLater(followUp, 61.5);
    taskService.complete(taskOf(followUp).getId(), Map.of(Vars.CHECK_IN_OUTCOME.name(), "JOB", Vars.CHECK_IN_NOTES.name(), "CDI"));

    assertThat(followUps.find(followUp.getReference()).getOutcome()).isEqualTo(FollowUpEnums.Outcome.JOB);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(followUp.getReference())
        .processDefinitionKey(FollowUpProcess.KEY).finished().count()).isOne();
  }

  @Test
  @DisplayName("une rencontre datée du futur est refusée, la tâche reste")
  void futureMeetingIsRefused() {
    FollowUp followUp = open();
    String taskId = taskOf(followUp).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of(Vars.MEETING_DATE.name(), eventDate.plusDays(5).toString())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("rencontre");
    assertThat(taskOf(followUp).getId()).isEqualTo(taskId);
  }

  @Test
  @DisplayName("API : la coordination ouvre un suivi ; une structure ne le peut pas ; une autre structure ne le voit pas")
  void api() {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    long candidateId = fixtures.candidate(structure).getId();
    String body = "{\"candidateId\":%d,\"eventDate\":\"%s\",\"referentUserId\":\"%s\"}"
        .formatted(candidateId, eventDate, structure.referent());

    assertThat(TestHttp.postJson(http, structure.referent(), "/api/follow-ups", body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> opened = TestHttp.postJson(http, coordinator, "/api/follow-ups", body);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String reference = opened.getBody().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");

    TestReferrals.TestStructure other = fixtures.structure();
    assertThat(http.withBasicAuth(other.referent(), TestUsers.PASSWORD).getForEntity("/api/follow-ups/" + reference,
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(TestHttp.postJson(http, structure.referent(), "/api/follow-ups/" + reference + "/pause",
        "{\"reason\":\"\",\"resumeDate\":\"2000-01-01\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> paused = TestHttp.postJson(http, structure.referent(),
        "/api/follow-ups/" + reference + "/pause",
        "{\"reason\":\"Hospitalisation\",\"resumeDate\":\"%s\"}".formatted(eventDate.plusDays(20)));
    assertThat(paused.getBody()).contains("\"status\":\"PAUSED\"");
    ResponseEntity<String> resumed = TestHttp.postJson(http, structure.referent(),
        "/api/follow-ups/" + reference + "/resume", "{}");
    assertThat(resumed.getBody()).contains("\"status\":\"ACTIVE\"", "\"currentStep\":\"MEET\"");
  }

  @Test
  @DisplayName("vue des retards : la direction et la coordination voient le suivi escaladé, une autre structure non")
  void overdueView() {
    FollowUp late = open();
    FollowUp waitingLonger = followUps.open(fixtures.candidate(structure).getId(), eventDate.minusDays(3),
        structure.referent());
    daysLater(late, 15.01);
    daysLater(waitingLonger, 15.01);
    TestReferrals.TestStructure other = fixtures.structure();
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);

    assertThat(http.withBasicAuth(head, TestUsers.PASSWORD).getForObject("/api/follow-ups/overdue", String.class))
        .contains(late.getReference(), "\"escalationLevel\":\"HEAD\"", "\"daysWithoutContact\":15");
    assertThat(http.withBasicAuth(other.referent(), TestUsers.PASSWORD).getForObject("/api/follow-ups/overdue",
        String.class)).doesNotContain(late.getReference());
    String ofStructure = "/api/follow-ups/overdue?structure=" + structure.structure().getGroupId();
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForObject(ofStructure + "&level=HEAD", String.class)).contains(late.getReference());
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForObject(ofStructure + "&level=COORDINATORS", String.class)).doesNotContain(late.getReference());
    assertThat(http.withBasicAuth(other.referent(), TestUsers.PASSWORD).getForObject(ofStructure, String.class))
        .as("another structure's filter shows nothing to a stranger").doesNotContain(late.getReference());

    FollowUp later = open();
    daysLater(later, 30.01);
    ResponseEntity<String> first = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity(ofStructure + "&size=1", String.class);
    assertThat(first.getHeaders().getFirst("X-Total-Count")).isEqualTo("3");
    assertThat(first.getBody()).as("most escalated first").contains(later.getReference()).doesNotContain(late.getReference());
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForObject(ofStructure + "&size=1&page=1",
        String.class)).as("then the longest without contact").contains(waitingLonger.getReference());
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForObject(ofStructure + "&size=1&page=2",
        String.class)).contains(late.getReference());
    followUps.closeNow(later.getReference(), FollowUpEnums.Outcome.JOB, "Embauché");
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForEntity(ofStructure, String.class)
        .getHeaders().getFirst("X-Total-Count")).as("a closed follow-up is no longer late").isEqualTo("2");
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForEntity(ofStructure + "&size=500", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForEntity(ofStructure + "&level=PLUS_TARD",
        String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  @DisplayName("depuis Tasklist, le référent met le suivi en pause ; une autre structure ne le peut pas")
  void pauseFromTasklistStartForm() {
    FollowUp followUp = open();
    TestReferrals.TestStructure other = fixtures.structure();
    String form = """
        {"variables": {"followUpReference": {"value": "%s"}, "pauseReason": {"value": "Hospitalisation"},
          "resumeDate": {"value": "%s"}}}""".formatted(followUp.getReference(), eventDate.plusDays(20));
    String path = "/process-definition/key/followUpPause/submit-form";

    ResponseEntity<String> foreign = TasklistSession.login(http, other.referent()).post(path, form);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(followUps.find(followUp.getReference()).getStatus()).isEqualTo(FollowUpEnums.Status.ACTIVE);

    ResponseEntity<String> paused = TasklistSession.login(http, structure.referent()).post(path, form);
    assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(followUps.find(followUp.getReference()).getStatus()).isEqualTo(FollowUpEnums.Status.PAUSED);
    assertThat(taskOf(followUp)).isNull();
  }

  @Test
  @DisplayName("un suivi se clôt à tout moment avec son issue (emploi trouvé avant la rencontre) ; pas deux fois")
  void closeAtAnyTime() {
    FollowUp followUp = open();
    String path = "/api/follow-ups/" + followUp.getReference() + "/closure";

    assertThat(TestHttp.postJson(http, structure.referent(), path, "{\"outcome\":\"BIENTOT\"}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> closed = TestHttp.postJson(http, structure.referent(), path,
        "{\"outcome\":\"JOB\",\"comment\":\"CDD chez un commerçant du quartier\"}");

    assertThat(closed.getBody()).contains("\"status\":\"CLOSED\"", "\"outcome\":\"JOB\"");
    assertThat(taskOf(followUp)).isNull();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(followUp.getReference())
        .processDefinitionKey(FollowUpProcess.KEY).finished().count()).isOne();
    assertThat(TestHttp.postJson(http, structure.referent(), path, "{\"outcome\":\"JOB\"}").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  private Task reviewOf(FollowUp followUp) {
    return taskService.createTaskQuery().processDefinitionKey(FollowUpProcess.REVIEW_KEY)
        .processInstanceBusinessKey(followUp.getReference()).singleResult();
  }

  @Test
  @DisplayName("« contact perdu » ouvre une revue à la coordination ; relancer demande un autre référent, et ouvre un nouveau suivi")
  void contactLostIsReviewedAndRestarted() {
    FollowUp followUp = open();
    TestHttp.postJson(http, structure.referent(), "/api/follow-ups/" + followUp.getReference() + "/closure",
        "{\"outcome\":\"CONTACT_LOST\",\"comment\":\"Numéro plus attribué\"}");

    Task review = reviewOf(followUp);
    assertThat(review.getName()).isEqualTo("Revoir le suivi clos sans issue — Awa Diallo");
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(link -> link.getGroupId())
        .containsExactly(PcpeGroups.COORDINATORS);
    assertThat((String) taskService.getVariable(review.getId(), Vars.OUTCOME_LABEL.name()))
        .isEqualTo("Contact perdu. « Numéro plus attribué »");
    assertThat(taskService.getVariable(review.getId(), Vars.REFERENT_OPTIONS.name()).toString())
        .as("the head may take over, not the referent who lost contact").contains(head).doesNotContain(structure.referent());

    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(Vars.REVIEW_DECISION.name(), "RESTART")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("autre référent");
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(Vars.REVIEW_DECISION.name(), "RESTART",
        Vars.NEW_REFERENT_ID.name(), structure.referent()))).isInstanceOf(FormFieldValidationException.class);
    String stranger = users.create("stranger", fixtures.structure().structure().getGroupId());
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(Vars.REVIEW_DECISION.name(), "RESTART",
        Vars.NEW_REFERENT_ID.name(), stranger))).isInstanceOf(FormFieldValidationException.class);
    assertThat(followUps.ofCandidate(followUp.getCandidate().getId())).as("a refused form changes nothing").hasSize(1);

    taskService.complete(review.getId(), Map.of(Vars.REVIEW_DECISION.name(), "RESTART", Vars.NEW_REFERENT_ID.name(), head));

    List<FollowUp> all = followUps.ofCandidate(followUp.getCandidate().getId());
    assertThat(all).hasSize(2);
    FollowUp restarted = all.stream().filter(f -> !f.getReference().equals(followUp.getReference())).findFirst().orElseThrow();
    assertThat(restarted.getStatus()).isEqualTo(FollowUpEnums.Status.ACTIVE);
    assertThat(restarted.getReferentUserId()).isEqualTo(head);
    Task meet = taskOf(restarted);
    assertThat(meet.getTaskDefinitionKey()).isEqualTo(FollowUpProcess.TASK_MEET);
    assertThat(meet.getAssignee()).isEqualTo(head);
    assertThat(followUps.find(followUp.getReference()).getOutcome()).isEqualTo(FollowUpEnums.Outcome.CONTACT_LOST);
  }

  @Test
  @DisplayName("à la durée maximale, le suivi se clôt et la coordination le revoit ; « clore » le termine pour de bon")
  void maximumDurationIsReviewed() {
    FollowUp followUp = open();
    daysLater(followUp, 1);
    taskService.complete(taskOf(followUp).getId(), Map.of(Vars.MEETING_DATE.name(), eventDate.plusDays(1).toString()));
    taskService.complete(taskOf(followUp).getId(), Map.of(Vars.PROPOSAL_TYPE.name(), "TRAINING",
        Vars.PROPOSAL_DETAILS.name(), "Formation cariste"));
    double day = 1;
    while (reviewOf(followUp) == null) {
      day += 30.01;
      assertThat(day).as("the follow-up ends within its maximum duration").isLessThan(250);
      daysLater(followUp, day);
      taskService.complete(taskOf(followUp).getId(), Map.of(Vars.CHECK_IN_OUTCOME.name(), "CONTINUE"));
    }
    assertThat(day).isGreaterThan(183);
    assertThat(followUps.find(followUp.getReference()).getOutcome()).isEqualTo(FollowUpEnums.Outcome.MAX_DURATION);

    taskService.complete(reviewOf(followUp).getId(), Map.of(Vars.REVIEW_DECISION.name(), "CLOSE",
        Vars.REVIEW_COMMENT.name(), "Déménagé hors du département"));

    assertThat(followUps.ofCandidate(followUp.getCandidate().getId())).hasSize(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("endEvent_closedForGood")
        .processInstanceId(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(FollowUpProcess.REVIEW_KEY)
            .processInstanceBusinessKey(followUp.getReference()).singleResult().getId()).count()).isOne();
  }
}
