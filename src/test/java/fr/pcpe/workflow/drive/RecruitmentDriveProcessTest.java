package fr.pcpe.workflow.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.common.TestSirets;
import fr.pcpe.workflow.employer.EmployerRepository;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/drive/recruitment-drive.bpmn, with the real delegates and database. */
@IntegrationTest
class RecruitmentDriveProcessTest {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  DriveService driveService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  EmployerRepository employers;
  @Autowired
  ManagementService managementService;
  @Autowired
  TestDrives testDrives;
  @Autowired
  RuntimeService runtimeService;

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  /** An open drive agreed with this monthly rhythm (or none). */
  private ProcessInstance openWithRhythm(Integer rhythm) {
    ProcessInstance instance = driveService.start("Parcours Logistique");
    taskService.complete(task(instance).getId(), onboardingForm(TestSirets.fresh()));
    Map<String, Object> agreement = agreementForm(today(), 40, 30, testDrives.mobilizableStructure().getGroupId());
    if (rhythm != null) {
      agreement.put(DriveProcess.Vars.MONTHLY_RHYTHM.name(), (long) rhythm);
    }
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(DriveProcess.TASK_AGREE_DRIVE).singleResult().getId(), agreement);
    return instance;
  }

  @Test
  @DisplayName("rythme mensuel : un mois sans assez d'embauches met une tâche devant la coordination ; sans rythme, rien")
  void aMonthBelowTheRhythmAlertsTheCoordination() {
    java.time.Instant start = ClockUtil.now().toInstant();
    ProcessInstance paced = openWithRhythm(25);
    ProcessInstance unpaced = openWithRhythm(null);

    fr.pcpe.workflow.TestClock.daysAfter(start, 27, managementService, paced.getId());
    assertThat(taskService.createTaskQuery().processInstanceId(paced.getId())
        .taskDefinitionKey(DriveProcess.TASK_REVIEW_RHYTHM).count()).as("not before the month has passed").isZero();
    fr.pcpe.workflow.TestClock.daysAfter(start, 31.01, managementService, paced.getId());
    fr.pcpe.workflow.TestClock.daysAfter(start, 31.01, managementService, unpaced.getId());

    List<org.camunda.bpm.engine.task.Task> review = taskService.createTaskQuery().processInstanceId(paced.getId())
        .taskDefinitionKey(DriveProcess.TASK_REVIEW_RHYTHM).taskCandidateGroup(PcpeGroups.COORDINATORS).list();
    assertThat(review).hasSize(1);
    assertThat(review.get(0).getName()).startsWith("Revoir la campagne en dessous de son rythme — Préparateur de commandes");
    assertThat((String) taskService.getVariable(review.get(0).getId(), DriveProcess.Vars.RHYTHM_REPORT.name()))
        .contains("**0** embauche(s), pour un rythme convenu de **25** par mois", "0 embauche(s) sur un objectif de 30");
    assertThat(paced).isWaitingAt(DriveProcess.TASK_MONITOR_DRIVE);
    assertThat(unpaced).hasPassed(DriveProcess.TIMER_MONTHLY_CHECK);
    assertThat(taskService.createTaskQuery().processInstanceId(unpaced.getId())
        .taskDefinitionKey(DriveProcess.TASK_REVIEW_RHYTHM).count()).as("no rhythm agreed: nothing to compare").isZero();

    taskService.complete(review.get(0).getId(), Map.of(DriveProcess.Vars.RHYTHM_DECISION.name(), "Relance des structures"));
    assertThat(managementService.createJobQuery().processInstanceId(paced.getId())
        .activityId(DriveProcess.TIMER_MONTHLY_CHECK).count()).as("next month's check waits").isOne();
  }

  public static Map<String, Object> onboardingForm(String siret) {
    Map<String, Object> form = new HashMap<>();
    form.put(DriveProcess.Vars.EMPLOYER_NAME.name(), "Entrepôts du Test " + siret);
    form.put(DriveProcess.Vars.SIRET.name(), siret);
    form.put(DriveProcess.Vars.SECTOR.name(), "LOGISTICS");
    form.put(DriveProcess.Vars.CONTACT_NAME.name(), "Marc Dubois");
    form.put(DriveProcess.Vars.CONTACT_EMAIL.name(), "rh-" + siret + "@test.example");
    form.put(DriveProcess.Vars.NEED_DESCRIPTION.name(), "30 préparateurs de commandes en CDI");
    return form;
  }

  @Test
  @DisplayName("un démarrage crée la campagne et attend l'accueil de l'employeur par la coordination")
  void startWaitsForOnboarding() {
    ProcessInstance instance = driveService.start("Parcours Logistique");

    assertThat(instance).isWaitingAt(DriveProcess.TASK_ONBOARD_EMPLOYER);
    assertThat(instance.getBusinessKey()).matches("DRV-\\d{4}-\\d{4}");
    assertThat(task(instance)).hasCandidateGroup(PcpeGroups.COORDINATORS);
    assertThat(driveService.find(instance.getBusinessKey()).getStatus()).isEqualTo(DriveStatus.ONBOARDING);
  }

  @Test
  @DisplayName("l'accueil validé enregistre l'employeur, crée son groupe et termine l'étape")
  void onboardingRegistersTheEmployer() {
    ProcessInstance instance = driveService.start("Parcours Logistique");
    String siret = TestSirets.fresh();

    taskService.complete(task(instance).getId(), onboardingForm(siret));

    assertThat(instance).hasPassed(DriveProcess.TASK_REGISTER_EMPLOYER)
        .isWaitingAt(DriveProcess.TASK_AGREE_DRIVE);
    RecruitmentDrive drive = driveService.find(instance.getBusinessKey());
    assertThat(drive.getStatus()).isEqualTo(DriveStatus.EMPLOYER_ONBOARDED);
    assertThat(drive.getEmployer().getSiret()).isEqualTo(siret);
    assertThat(identityService.createGroupQuery().groupId(PcpeGroups.ofEmployer(siret)).count()).isOne();
  }

  @Test
  @DisplayName("un employeur déjà connu (même SIRET) est mis à jour, pas dupliqué")
  void knownEmployerIsUpdated() {
    String siret = TestSirets.fresh();
    ProcessInstance first = driveService.start("Parcours Logistique");
    taskService.complete(task(first).getId(), onboardingForm(siret));
    ProcessInstance second = driveService.start("Parcours Logistique");
    Map<String, Object> form = onboardingForm(siret);
    form.put(DriveProcess.Vars.CONTACT_NAME.name(), "Nouvelle Contact");
    taskService.complete(task(second).getId(), form);

    assertThat(employers.findBySiret(siret)).get()
        .satisfies(employer -> assertThat(employer.getContactName()).isEqualTo("Nouvelle Contact"));
    assertThat(employers.findAll().stream().filter(e -> e.getSiret().equals(siret))).hasSize(1);
  }

  @Test
  @DisplayName("un SIRET faux est refusé par le serveur : la tâche reste ouverte, rien n'est créé")
  void invalidSiretIsRefused() {
    ProcessInstance instance = driveService.start("Parcours Logistique");
    String taskId = task(instance).getId();
    Map<String, Object> form = onboardingForm("81234567600018");

    assertThatThrownBy(() -> taskService.complete(taskId, form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("SIRET");

    assertThat(instance).isWaitingAt(DriveProcess.TASK_ONBOARD_EMPLOYER);
    assertThat(employers.findBySiret("81234567600018")).isEmpty();
    assertThat(taskService.getVariable(taskId, DriveProcess.Vars.SIRET.name())).isNull();
  }

  /** @param structureGroups the structures to mobilize, as the JSON list a multi-select submits */
  public static Map<String, Object> agreementForm(LocalDate today, int positions, int target,
      String... structureGroups) {
    Map<String, Object> form = new HashMap<>();
    form.put(DriveProcess.Vars.JOB_TITLE.name(), "Préparateur de commandes");
    form.put(DriveProcess.Vars.ROME_CODE.name(), "N1103");
    form.put(DriveProcess.Vars.CONTRACT_TYPE.name(), "CDI");
    form.put(DriveProcess.Vars.POSITIONS.name(), (long) positions);
    form.put(DriveProcess.Vars.START_DATE.name(), today.plusMonths(1).toString());
    form.put(DriveProcess.Vars.PLACE.name(), "Tremblay-en-France");
    form.put(DriveProcess.Vars.TARGET_HIRES.name(), (long) target);
    form.put(DriveProcess.Vars.DEADLINE.name(), today.plusMonths(3).toString());
    form.put(DriveProcess.Vars.MOBILIZED_STRUCTURES.name(), Arrays.stream(structureGroups)
        .map(group -> "\"" + group + "\"").collect(Collectors.joining(",", "[", "]")));
    return form;
  }

  ProcessInstance openDrive(int target) {
    return testDrives.open(target);
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.now().toInstant(), PARIS);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("la campagne convenue s'ouvre : offre publiée, objectif, échéance armée")
  void agreementOpensTheDrive() {
    ProcessInstance instance = openDrive(20);

    assertThat(instance).isWaitingAt(DriveProcess.TASK_MONITOR_DRIVE);
    RecruitmentDrive drive = driveService.find(instance.getBusinessKey());
    assertThat(drive.getStatus()).isEqualTo(DriveStatus.OPEN);
    assertThat(drive.getTargetHires()).isEqualTo(20);
    assertThat(drive.getJobOffer()).isNotNull();
    Job deadline = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(DriveProcess.TIMER_DEADLINE).singleResult();
    assertThat(deadline.getDuedate().toInstant())
        .isEqualTo(today().plusMonths(3).plusDays(1).atStartOfDay(PARIS).toInstant());
  }

  @Test
  @DisplayName("un accord incohérent est refusé en nommant chaque champ ; la tâche reste ouverte")
  void invalidAgreementIsRefused() {
    ProcessInstance instance = driveService.start("Parcours Logistique");
    taskService.complete(task(instance).getId(), onboardingForm(TestSirets.fresh()));
    Map<String, Object> form = agreementForm(today(), 10, 20, "structure-inconnue");
    form.put(DriveProcess.Vars.ROME_CODE.name(), "Z12");
    form.put(DriveProcess.Vars.DEADLINE.name(), today().minusDays(1).toString());
    String taskId = task(instance).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("code ROME").hasMessageContaining("objectif d'embauches")
        .hasMessageContaining("échéance").hasMessageContaining("structure partenaire");
    assertThat(instance).isWaitingAt(DriveProcess.TASK_AGREE_DRIVE);
    assertThat(driveService.find(instance.getBusinessKey()).getStatus()).isEqualTo(DriveStatus.EMPLOYER_ONBOARDED);
  }

  @Test
  @DisplayName("la coordination clôture la campagne sur décision, puis consulte le bilan")
  void coordinatorClosesTheDrive() {
    ProcessInstance instance = openDrive(20);
    String monitorId = task(DriveProcess.TASK_MONITOR_DRIVE, instance).getId();

    assertThatThrownBy(() -> taskService.complete(monitorId, Map.of(DriveProcess.Vars.CLOSE_CONFIRMED.name(), false)))
        .isInstanceOf(FormFieldValidationException.class);
    taskService.complete(monitorId, Map.of(DriveProcess.Vars.CLOSE_CONFIRMED.name(), true));

    assertThat(instance).isWaitingAt(DriveProcess.TASK_REVIEW_CLOSING_REPORT);
    RecruitmentDrive drive = driveService.find(instance.getBusinessKey());
    assertThat(drive.getStatus()).isEqualTo(DriveStatus.CLOSED);
    assertThat(drive.getClosingReason()).isEqualTo(ClosingReason.COORDINATOR_DECISION);
    assertThat((String) runtimeService.getVariable(instance.getId(), DriveProcess.Vars.CLOSING_REPORT.name()))
        .contains(instance.getBusinessKey(), "décision de la coordination", "**0** sur un objectif de 20");
    taskService.complete(task(instance).getId());
    assertThat(instance).isEnded().hasPassed(DriveProcess.END_DRIVE_CLOSED);
  }

  @Test
  @DisplayName("à l'échéance (horloge avancée), la campagne se clôt d'elle-même")
  void deadlineClosesTheDrive() {
    ProcessInstance instance = openDrive(20);
    Job deadline = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(DriveProcess.TIMER_DEADLINE).singleResult();

    ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plusSeconds(60)));
    assertThat(managementService.createJobQuery().jobId(deadline.getId()).executable().count()).isOne();
    managementService.executeJob(deadline.getId());

    assertThat(instance).hasPassed(DriveProcess.TIMER_DEADLINE).isWaitingAt(DriveProcess.TASK_REVIEW_CLOSING_REPORT);
    assertThat(driveService.find(instance.getBusinessKey()).getClosingReason()).isEqualTo(ClosingReason.DEADLINE);
  }

  @Test
  @DisplayName("la veille de l'échéance, le minuteur n'est pas encore exécutable")
  void deadlineTimerWaitsForItsDay() {
    ProcessInstance instance = openDrive(20);
    Job deadline = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(DriveProcess.TIMER_DEADLINE).singleResult();

    ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().minusSeconds(3600)));

    assertThat(managementService.createJobQuery().jobId(deadline.getId()).executable().count()).isZero();
  }

  @Test
  @DisplayName("l'embauche qui atteint l'objectif clôt la campagne ; aucune embauche n'est comptée après")
  void targetReachedClosesTheDrive() {
    ProcessInstance instance = openDrive(2);
    String reference = instance.getBusinessKey();

    assertThat(driveService.recordHire(reference)).isTrue();
    assertThat(instance).isWaitingAt(DriveProcess.TASK_MONITOR_DRIVE);
    assertThat(driveService.recordHire(reference)).isTrue();

    assertThat(instance).hasPassed(DriveProcess.MESSAGE_TARGET_REACHED)
        .isWaitingAt(DriveProcess.TASK_REVIEW_CLOSING_REPORT);
    assertThat(driveService.find(reference).getClosingReason()).isEqualTo(ClosingReason.TARGET_REACHED);
    assertThat(driveService.recordHire(reference)).isFalse();
    assertThat(driveService.find(reference).getHiresCount()).isEqualTo(2);
  }

  @Test
  @DisplayName("des confirmations simultanées ne comptent jamais plus d'embauches que l'objectif")
  void concurrentHiresNeverExceedTheTarget() throws Exception {
    ProcessInstance instance = openDrive(3);
    String reference = instance.getBusinessKey();
    int attempts = 8;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return driveService.recordHire(reference);
      }));
    }
    start.countDown();
    int accepted = 0;
    for (Future<Boolean> result : results) {
      accepted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();

    assertThat(accepted).isEqualTo(3);
    assertThat(driveService.find(reference).getHiresCount()).isEqualTo(3);
    assertThat(driveService.find(reference).getClosingReason()).isEqualTo(ClosingReason.TARGET_REACHED);
    assertThat(instance).isWaitingAt(DriveProcess.TASK_REVIEW_CLOSING_REPORT);
  }
}
