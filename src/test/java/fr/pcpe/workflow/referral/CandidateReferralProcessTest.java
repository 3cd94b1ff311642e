package fr.pcpe.workflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.PcpeWorkflowApplication;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.drive.DriveProcess;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
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

/** processes/referral/candidate-referral.bpmn: one test per outcome, timers by moving the clock. */
@IntegrationTest
class CandidateReferralProcessTest {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  ReferralService referrals;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;

  @Autowired
  TestUsers users;
  @Autowired
  TestRestTemplate http;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  private ProcessInstance drive;
  private ProcessInstance instance;
  private Instant start;
  private Mailbox mailbox;
  private String structureEmail;
  private String employerEmail;

  @BeforeEach
  void referACandidate() {
    BpmnAwareTests.init(processEngine);
    start = ClockUtil.now().toInstant();
    drive = drives.open(5);
    TestReferrals.TestStructure structure = fixtures.structure();
    mailbox = new Mailbox(greenMail, dispatcher);
    structureEmail = structure.structure().getEmail();
    employerEmail = drives.find(drive.getBusinessKey()).getEmployer().getContactEmail();
    Referral referral = referrals.refer(drive.getBusinessKey(), fixtures.candidate(structure).getId(), "Motivée",
        new Caller(structure.referent(), fixtures.groupsOf(structure)));
    instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(referral.getReference())
        .singleResult();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Referral referral() {
    return referrals.find(instance.getBusinessKey());
  }

  private void complete(Map<String, Object> form) {
    taskService.complete(task(instance).getId(), form);
  }

  /** A coordinator, in Tasklist, says what the call to the silent employer gave; the referral still waits. */
  private void chase(String taskKey) {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    String task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult().getId();
    assertThat(TasklistSession.login(http, coordinator).post("/task/" + task + "/submit-form", """
        {"variables": {"employerContacted": {"value": true},
                       "chaseComment": {"value": "Appel à l'employeur : il répond cette semaine."}}}""")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).count())
        .isZero();
  }

  private void accept() {
    complete(Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
  }

  /** The employer plans an interview in two days; the hire confirmation opens once it has taken place. */
  private void planInterview() {
    accept();
    complete(Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(),
        drivesToday().plusDays(2).toString()));
    assertThat(instance).isWaitingAt(ReferralProcess.TIMER_INTERVIEW_HELD);
    fixtures.interviewHeld(instance.getBusinessKey());
  }

  private static java.time.LocalDate drivesToday() {
    return TestDrives.today();
  }

  private Map<String, Object> hired() {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.HIRE_DECISION.name(), "HIRED");
    form.put(Vars.CONTRACT_TYPE.name(), "CDI");
    form.put(Vars.HIRE_START_DATE.name(), drivesToday().plusDays(10).toString());
    form.put(Vars.WEEKLY_HOURS.name(), 35L);
    return form;
  }

  /** Moves the engine's clock to {@code days} after the referral, then runs the jobs due by then. */
  private void daysLater(double days) {
    TestClock.daysAfter(start, days, managementService, instance.getId());
  }

  @Test
  @DisplayName("l'orientation attend la pré-sélection de la coordination")
  void referralWaitsForPrescreening() {
    assertThat(instance).isWaitingAt(ReferralProcess.TASK_PRESCREEN);
    assertThat(task(instance)).hasCandidateGroup(PcpeGroups.COORDINATORS);
    assertThat(instance.getBusinessKey()).matches("ORI-\\d{4}-\\d{5}");
    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.SUBMITTED);
  }

  @Test
  @DisplayName("historique : la décision de la coordination en détail, les copies du dossier sans détail")
  void historyKeepsDecisionsInDetailNotCopies() {
    accept();
    List<String> copies = List.of(Vars.EMPLOYER_GROUP_ID.name(), Vars.REFERRAL_SUBJECT.name(),
        Vars.REFERRAL_CONTEXT.name());
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting(HistoricVariableInstance::getName).contains(copies.toArray(String[]::new))
        .contains(Vars.PRESCREEN_DECISION.name());
    List<String> details = historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
        .variableUpdates().list().stream().map(detail -> ((HistoricVariableUpdate) detail).getVariableName()).toList();
    assertThat(details).contains(Vars.PRESCREEN_DECISION.name()).doesNotContainAnyElementsOf(copies);
  }

  @Test
  @DisplayName("refus à la pré-sélection : motif obligatoire, orientation refusée")
  void refusedAtPrescreening() {
    assertThatThrownBy(() -> complete(Map.of(Vars.PRESCREEN_DECISION.name(), "REFUSE")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("motif");

    complete(Map.of(Vars.PRESCREEN_DECISION.name(), "REFUSE", Vars.REFUSAL_REASON.name(), "PREREQUISITES_MISSING"));

    assertThat(instance).isEnded().hasPassed(ReferralProcess.END_REFUSED);
    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.REFUSED);
    assertThat(referral().getOutcomeReason()).isEqualTo(RefusalReason.PREREQUISITES_MISSING);
    List<Mailbox.Mail> mails = mailbox.deliveredTo(structureEmail);
    assertThat(mails).first().satisfies(mail -> assertThat(mail.subject())
        .isEqualTo("Orientation " + instance.getBusinessKey() + " : Orientation enregistrée ; la coordination du PCPE va l'examiner"));
    assertThat(mails).last().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("Orientation " + instance.getBusinessKey()
          + " : Candidature non retenue à la pré-sélection");
      assertThat(mail.body()).contains("Awa Diallo", "Motif : prérequis manquants.");
    });
  }

  @Test
  @DisplayName("retenu : transmis à l'employeur, qui seul voit la tâche")
  void acceptedGoesToTheEmployer() {
    accept();

    assertThat(instance).isWaitingAt(ReferralProcess.TASK_DECIDE_INTERVIEW);
    assertThat(task(instance)).hasCandidateGroup(drives.find(drive.getBusinessKey()).getEmployer().getGroupId());
    assertThat(task(instance).getName()).isEqualTo("Décider d'un entretien — Awa Diallo, "
        + drives.find(drive.getBusinessKey()).getEmployer().getName());
    assertThat(task(instance).getDueDate()).as("due when the employer is first reminded").isNotNull();
    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.SENT_TO_EMPLOYER);
    assertThat(mailbox.deliveredTo(employerEmail)).singleElement()
        .satisfies(mail -> assertThat(mail.subject()).contains("Nouvelle candidature", drive.getBusinessKey()));
    assertThat(mailbox.deliveredTo(structureEmail)).hasSize(2).last()
        .satisfies(mail -> assertThat(mail.subject()).endsWith("Candidature transmise à l'employeur"));
  }

  @Test
  @DisplayName("non retenu pour un entretien : non embauché, avec le motif")
  void notRetainedForInterview() {
    accept();
    complete(Map.of(Vars.INTERVIEW_DECISION.name(), "NOT_RETAINED", Vars.NOT_HIRED_REASON.name(), "PROFILE_MISMATCH"));

    assertThat(instance).isEnded().hasPassed(ReferralProcess.END_NOT_HIRED);
    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.NOT_HIRED);
    assertThat(referral().getOutcomeReason()).isEqualTo(RefusalReason.PROFILE_MISMATCH);
  }

  @Test
  @DisplayName("entretien puis embauche confirmée : contrat enregistré, compté dans la campagne")
  void hireConfirmed() {
    planInterview();
    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.INTERVIEW_PLANNED);
    assertThat(instance).isWaitingAt(ReferralProcess.TASK_CONFIRM_HIRE);

    complete(hired());

    assertThat(instance).isEnded().hasPassed(ReferralProcess.END_HIRED);
    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.HIRED);
    assertThat(referrals.hireOf(instance.getBusinessKey())).get()
        .satisfies(hire -> assertThat(hire.getContractType()).isEqualTo(ContractType.CDI))
        .satisfies(hire -> assertThat(hire.getWeeklyHours()).isEqualTo(35));
    assertThat(drives.find(drive.getBusinessKey()).getHiresCount()).isEqualTo(1);
    assertThat((String) runtimeService.getVariable(drive.getId(), DriveProcess.Vars.MOBILIZATION_SUMMARY.name()))
        .contains("Embauches à ce jour : **1**");
    assertThat(mailbox.deliveredTo(structureEmail)).filteredOn(mail -> mail.subject().endsWith("Candidat embauché"))
        .singleElement().satisfies(mail -> assertThat(mail.body()).contains("Contrat CDI", "35 h par semaine"));

    // the job log keeps what ran (the interview's timer), not the eight reminder timers set and removed on the way
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance.getId()).list())
        .extracting(HistoricJobLog::getActivityId, HistoricJobLog::isSuccessLog)
        .containsExactly(tuple(ReferralProcess.TIMER_INTERVIEW_HELD, true));
  }

  @Test
  @DisplayName("confirmation sans type de contrat ou avec une date impossible : refusée, la tâche reste")
  void invalidHireConfirmationIsRefused() {
    planInterview();
    Map<String, Object> form = hired();
    form.remove(Vars.CONTRACT_TYPE.name());
    form.put(Vars.HIRE_START_DATE.name(), "2026-02-30");

    assertThatThrownBy(() -> complete(form)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("type de contrat").hasMessageContaining("date de démarrage");

    assertThat(instance).isWaitingAt(ReferralProcess.TASK_CONFIRM_HIRE);
    assertThat(drives.find(drive.getBusinessKey()).getHiresCount()).isZero();
  }

  @Test
  @DisplayName("la confirmation d'embauche s'ouvre le lendemain de l'entretien à 8 h, son courriel part alors")
  void hireConfirmationOpensTheMorningAfterTheInterview() {
    accept();
    LocalDate interviewDay = drivesToday().plusDays(2);
    complete(Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(), interviewDay.toString()));
    double morningAfter = Duration.between(start, interviewDay.plusDays(1).atTime(8, 0)
        .atZone(ZoneId.of(PcpeWorkflowApplication.ZONE)).toInstant()).toMinutes() / (24 * 60.0);

    daysLater(morningAfter - 0.01);
    assertThat(instance).isWaitingAt(ReferralProcess.TIMER_INTERVIEW_HELD);
    assertThat(mailbox.deliveredTo(employerEmail)).noneMatch(mail -> mail.subject().contains("l'embauchez-vous"));
    daysLater(morningAfter + 0.01);

    assertThat(instance).isWaitingAt(ReferralProcess.TASK_CONFIRM_HIRE);
    assertThat(task(instance).getDueDate()).isAfter(ClockUtil.now());
    assertThat(mailbox.deliveredTo(employerEmail)).filteredOn(mail -> mail.subject().contains("l'embauchez-vous"))
        .singleElement().satisfies(mail -> assertThat(mail.body())
            .contains("le " + FrenchDates.day(interviewDay), "Awa Diallo", "/decision-employeur.html#"));
  }

  @Test
  @DisplayName("après l'entretien, employeur silencieux : relances à J+3 et J+7, coordination alertée à J+10, expirée à J+30, la structure prévenue")
  void silenceAfterTheInterviewIsWatched() {
    accept();
    LocalDate interviewDay = drivesToday().plusDays(2);
    complete(Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(), interviewDay.toString()));
    double opened = Duration.between(start, interviewDay.plusDays(1).atTime(8, 0)
        .atZone(ZoneId.of(PcpeWorkflowApplication.ZONE)).toInstant()).toMinutes() / (24 * 60.0) + 0.01;
    daysLater(opened);
    assertThat(instance).isWaitingAt(ReferralProcess.TASK_CONFIRM_HIRE);
    int remindedBefore = referral().getEmployerReminders();

    daysLater(opened + 2.9);
    assertThat(referral().getEmployerReminders()).isEqualTo(remindedBefore);
    daysLater(opened + 3.01);
    assertThat(referral().getEmployerReminders()).isEqualTo(remindedBefore + 1);
    assertThat(mailbox.deliveredTo(employerEmail)).filteredOn(mail -> mail.subject().startsWith("Relance"))
        .singleElement().satisfies(mail -> assertThat(mail.body()).contains("Awa Diallo", "/decision-employeur.html#"));
    daysLater(opened + 7.01);
    assertThat(referral().getEmployerReminders()).isEqualTo(remindedBefore + 2);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ReferralProcess.TASK_CHASE_HIRE).count()).isZero();
    daysLater(opened + 10.01);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ReferralProcess.TASK_CHASE_HIRE).taskCandidateGroup(PcpeGroups.COORDINATORS).count()).isOne();
    chase(ReferralProcess.TASK_CHASE_HIRE);
    assertThat(instance).isWaitingAt(ReferralProcess.TASK_CONFIRM_HIRE);
    daysLater(opened + 29.9);
    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.INTERVIEW_PLANNED);
    daysLater(opened + 30.01);

    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.EXPIRED);
    assertThat(instance).hasPassed(ReferralProcess.TIMER_HIRE_EXPIRES, ReferralProcess.END_HIRE_EXPIRED);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ReferralProcess.TASK_CONFIRM_HIRE).count()).isZero();
    assertThat(mailbox.deliveredTo(structureEmail)).anyMatch(mail -> mail.subject().endsWith("sans réponse de l'employeur"));
  }

  @Test
  @DisplayName("non embauché après l'entretien, gardé en vivier")
  void notHiredGoesToThePool() {
    planInterview();
    complete(Map.of(Vars.HIRE_DECISION.name(), "NOT_HIRED", Vars.NOT_HIRED_REASON.name(), "OTHER", Vars.ADD_TO_POOL.name(), true));

    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.NOT_HIRED);
    assertThat(referral().isInPool()).isTrue();
  }

  @Test
  @DisplayName("embauche confirmée après la clôture de la campagne : refusée, non embauché (campagne close)")
  void hireAfterTheDriveClosedIsRefused() {
    planInterview();
    taskService.complete(taskService.createTaskQuery().processInstanceId(drive.getId())
        .taskDefinitionKey(DriveProcess.TASK_MONITOR_DRIVE).singleResult().getId(),
        Map.of(DriveProcess.Vars.CLOSE_CONFIRMED.name(), true));

    complete(hired());

    assertThat(instance).isEnded().hasPassed(ReferralProcess.ERROR_DRIVE_CLOSED);
    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.NOT_HIRED);
    assertThat(referral().getOutcomeReason()).isEqualTo(RefusalReason.DRIVE_CLOSED);
    assertThat(drives.find(drive.getBusinessKey()).getHiresCount()).isZero();
  }

  @Test
  @DisplayName("employeur silencieux : rien avant J+3, relances à J+3 et J+7, coordination alertée à J+10, qui le relance")
  void silentEmployerIsRemindedThenChased() {
    accept();

    daysLater(2.9);
    assertThat(referral().getEmployerReminders()).isZero();
    assertThat(mailbox.deliveredTo(employerEmail)).noneMatch(mail -> mail.subject().startsWith("Relance"));
    daysLater(3.01);
    assertThat(referral().getEmployerReminders()).isEqualTo(1);
    assertThat(mailbox.deliveredTo(employerEmail)).filteredOn(mail -> mail.subject().startsWith("Relance"))
        .hasSize(1);
    daysLater(6.9);
    assertThat(referral().getEmployerReminders()).isEqualTo(1);
    daysLater(7.01);
    assertThat(referral().getEmployerReminders()).isEqualTo(2);
    assertThat(mailbox.deliveredTo(employerEmail)).filteredOn(mail -> mail.subject().startsWith("Relance"))
        .hasSize(2);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ReferralProcess.TASK_CHASE_EMPLOYER).count()).isZero();
    daysLater(10.01);

    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ReferralProcess.TASK_CHASE_EMPLOYER).taskCandidateGroup(PcpeGroups.COORDINATORS)
        .count()).isOne();
    chase(ReferralProcess.TASK_CHASE_EMPLOYER);
    assertThat(instance).isWaitingAt(ReferralProcess.TASK_DECIDE_INTERVIEW);
  }

  @Test
  @DisplayName("sans décision à J+30, l'orientation expire et la tâche de l'employeur disparaît")
  void silentReferralExpires() {
    accept();

    daysLater(29.9);
    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.SENT_TO_EMPLOYER);
    daysLater(30.01);

    assertThat(referral().getStatus()).isEqualTo(ReferralStatus.EXPIRED);
    assertThat(mailbox.deliveredTo(structureEmail)).anyMatch(mail -> mail.subject().endsWith("sans réponse de l'employeur"));
    assertThat(instance).hasPassed(ReferralProcess.TIMER_EXPIRY, ReferralProcess.END_EXPIRED);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ReferralProcess.TASK_DECIDE_INTERVIEW).count()).isZero();
  }

  @Test
  @DisplayName("le bilan de la campagne close montre l'entonnoir par structure")
  void closingReportShowsTheFunnelPerPartner() {
    TestReferrals.TestStructure other = fixtures.structure();
    Referral refused = referrals.refer(drive.getBusinessKey(), fixtures.candidate(other).getId(), null,
        new Caller(other.referent(), fixtures.groupsOf(other)));
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(refused.getReference())
        .singleResult().getId(), Map.of(Vars.PRESCREEN_DECISION.name(), "REFUSE", Vars.REFUSAL_REASON.name(), "OTHER"));
    planInterview();
    complete(hired());

    drives.closeByCoordinator(drive);

    String report = (String) runtimeService.getVariable(drive.getId(), DriveProcess.Vars.CLOSING_REPORT.name());
    String mine = referral().getStructure().getName();
    assertThat(report).contains("**1** sur un objectif de 5",
        "| " + mine + " | 1 | 1 | 1 | 1 | 1 |",
        "| " + other.structure().getName() + " | 1 | 1 | 0 | 0 | 0 |",
        "| **Total** | 2 | 2 | 1 | 1 | 1 |");
  }
}
