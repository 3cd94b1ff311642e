package fr.pcpe.workflow.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.common.TestSirets;
import fr.pcpe.workflow.employer.EmployerRepository;
import fr.pcpe.workflow.system.PcpeGroups;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  static Map<String, Object> onboardingForm(String siret) {
    Map<String, Object> form = new HashMap<>();
    form.put(DriveProcess.Vars.EMPLOYER_NAME, "Entrepôts du Test " + siret);
    form.put(DriveProcess.Vars.SIRET, siret);
    form.put(DriveProcess.Vars.SECTOR, "LOGISTICS");
    form.put(DriveProcess.Vars.CONTACT_NAME, "Marc Dubois");
    form.put(DriveProcess.Vars.CONTACT_EMAIL, "rh@test.example");
    form.put(DriveProcess.Vars.NEED_DESCRIPTION, "30 préparateurs de commandes en CDI");
    return form;
  }

  @Test
  @DisplayName("un démarrage crée la campagne et attend l'accueil de l'employeur par la coordination")
  void startWaitsForOnboarding() {
    ProcessInstance instance = driveService.start();

    assertThat(instance).isWaitingAt(DriveProcess.TASK_ONBOARD_EMPLOYER);
    assertThat(instance.getBusinessKey()).matches("DRV-\\d{4}-\\d{4}");
    assertThat(task(instance)).hasCandidateGroup(PcpeGroups.COORDINATORS);
    assertThat(driveService.find(instance.getBusinessKey()).getStatus()).isEqualTo(DriveStatus.ONBOARDING);
  }

  @Test
  @DisplayName("l'accueil validé enregistre l'employeur, crée son groupe et termine l'étape")
  void onboardingRegistersTheEmployer() {
    ProcessInstance instance = driveService.start();
    String siret = TestSirets.fresh();

    taskService.complete(task(instance).getId(), onboardingForm(siret));

    assertThat(instance).hasPassed(DriveProcess.TASK_REGISTER_EMPLOYER)
        .isEnded().hasPassed(DriveProcess.END_EMPLOYER_ONBOARDED);
    RecruitmentDrive drive = driveService.find(instance.getBusinessKey());
    assertThat(drive.getStatus()).isEqualTo(DriveStatus.EMPLOYER_ONBOARDED);
    assertThat(drive.getEmployer().getSiret()).isEqualTo(siret);
    assertThat(identityService.createGroupQuery().groupId(PcpeGroups.ofEmployer(siret)).count()).isOne();
  }

  @Test
  @DisplayName("un employeur déjà connu (même SIRET) est mis à jour, pas dupliqué")
  void knownEmployerIsUpdated() {
    String siret = TestSirets.fresh();
    ProcessInstance first = driveService.start();
    taskService.complete(task(first).getId(), onboardingForm(siret));
    ProcessInstance second = driveService.start();
    Map<String, Object> form = onboardingForm(siret);
    form.put(DriveProcess.Vars.CONTACT_NAME, "Nouvelle Contact");
    taskService.complete(task(second).getId(), form);

    assertThat(employers.findBySiret(siret)).get()
        .satisfies(employer -> assertThat(employer.getContactName()).isEqualTo("Nouvelle Contact"));
    assertThat(employers.findAll().stream().filter(e -> e.getSiret().equals(siret))).hasSize(1);
  }

  @Test
  @DisplayName("un SIRET faux est refusé par le serveur : la tâche reste ouverte, rien n'est créé")
  void invalidSiretIsRefused() {
    ProcessInstance instance = driveService.start();
    String taskId = task(instance).getId();
    Map<String, Object> form = onboardingForm("81234567600018");

    assertThatThrownBy(() -> taskService.complete(taskId, form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("SIRET");

    assertThat(instance).isWaitingAt(DriveProcess.TASK_ONBOARD_EMPLOYER);
    assertThat(employers.findBySiret("81234567600018")).isEmpty();
    assertThat(taskService.getVariable(taskId, DriveProcess.Vars.SIRET)).isNull();
  }
}
