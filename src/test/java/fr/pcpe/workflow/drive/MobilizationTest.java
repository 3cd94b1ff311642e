package fr.pcpe.workflow.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.partner.PartnerStructure;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mobilization of partner structures in recruitment-drive.bpmn, timers by moving the clock. */
@IntegrationTest
class MobilizationTest {

  @Autowired
  TestDrives drives;
  @Autowired
  MobilizationService mobilizations;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  private PartnerStructure committing;
  private PartnerStructure silent;
  private ProcessInstance drive;
  private Instant start;
  private Mailbox mailbox;

  @BeforeEach
  void mobilizeTwoStructures() {
    start = ClockUtil.now().toInstant();
    committing = drives.mobilizableStructure();
    silent = drives.mobilizableStructure();
    drive = drives.open(40, committing.getGroupId(), silent.getGroupId());
    mailbox = new Mailbox(greenMail, dispatcher);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Task answerTaskOf(PartnerStructure structure) {
    return taskService.createTaskQuery().processInstanceId(drive.getId())
        .taskDefinitionKey(DriveProcess.TASK_ANSWER_MOBILIZATION).taskCandidateGroup(structure.getGroupId())
        .singleResult();
  }

  private Mobilization.Status statusOf(PartnerStructure structure) {
    return mobilizations.of(drive.getBusinessKey()).stream()
        .filter(m -> m.getStructure().getId().equals(structure.getId())).findFirst().orElseThrow().getStatus();
  }

  private String summary() {
    return (String) runtimeService.getVariable(drive.getId(), DriveProcess.Vars.MOBILIZATION_SUMMARY.name());
  }

  private void daysLater(double days) {
    TestClock.daysAfter(start, days, managementService, drive.getId());
  }

  @Test
  @DisplayName("chaque structure choisie reçoit un e-mail et une tâche pour son seul groupe")
  void eachStructureIsAsked() {
    assertThat(answerTaskOf(committing)).isNotNull();
    assertThat(answerTaskOf(silent)).isNotNull();
    assertThat(taskService.createTaskQuery().processInstanceId(drive.getId())
        .taskDefinitionKey(DriveProcess.TASK_ANSWER_MOBILIZATION).count()).isEqualTo(2);
    assertThat(mailbox.deliveredTo(committing.getEmail())).singleElement()
        .satisfies(mail -> assertThat(mail.subject()).contains(drive.getBusinessKey(), "orienter des candidats"));
    assertThat(summary()).contains("2 structure(s) sollicitée(s)", "2 en attente");
  }

  @Test
  @DisplayName("une structure s'engage : le nombre promis est exigé, puis compté face à l'objectif")
  void structureCommits() {
    String taskId = answerTaskOf(committing).getId();
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of(DriveProcess.Vars.MOBILIZATION_DECISION.name(), "COMMIT")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("candidats promis");

    taskService.complete(taskId, Map.of(DriveProcess.Vars.MOBILIZATION_DECISION.name(), "COMMIT",
        DriveProcess.Vars.COMMITTED_CANDIDATES.name(), 30L));

    assertThat(statusOf(committing)).isEqualTo(Mobilization.Status.COMMITTED);
    assertThat(summary()).contains("1 engagée(s) pour **30 candidat(s)**", "objectif : 40", "1 en attente");
    assertThat(statusOf(silent)).as("the other structure has not answered yet").isEqualTo(Mobilization.Status.REQUESTED);
    assertThat(answerTaskOf(silent).getTaskDefinitionKey()).isEqualTo(DriveProcess.TASK_ANSWER_MOBILIZATION);
  }

  @Test
  @DisplayName("une structure décline")
  void structureDeclines() {
    taskService.complete(answerTaskOf(committing).getId(), Map.of(DriveProcess.Vars.MOBILIZATION_DECISION.name(), "DECLINE",
        DriveProcess.Vars.MOBILIZATION_COMMENT.name(), "Pas de public pour ce poste"));

    assertThat(statusOf(committing)).isEqualTo(Mobilization.Status.DECLINED);
    assertThat(summary()).contains("1 refus");
  }

  @Test
  @DisplayName("structure silencieuse : relancée à J+3 par e-mail, « sans réponse » noté à J+7")
  void silentStructureIsRemindedThenRecorded() {
    taskService.complete(answerTaskOf(committing).getId(), Map.of(DriveProcess.Vars.MOBILIZATION_DECISION.name(), "COMMIT",
        DriveProcess.Vars.COMMITTED_CANDIDATES.name(), 10L));

    daysLater(2.9);
    assertThat(mailbox.deliveredTo(silent.getEmail())).noneMatch(mail -> mail.subject().startsWith("Relance"));
    daysLater(3.01);
    assertThat(mailbox.deliveredTo(silent.getEmail())).filteredOn(mail -> mail.subject().startsWith("Relance")).hasSize(1);
    assertThat(mailbox.deliveredTo(committing.getEmail())).noneMatch(mail -> mail.subject().startsWith("Relance"));
    assertThat(statusOf(silent)).isEqualTo(Mobilization.Status.REQUESTED);
    daysLater(7.01);

    assertThat(statusOf(silent)).isEqualTo(Mobilization.Status.NO_ANSWER);
    assertThat(answerTaskOf(silent)).isNull();
    assertThat(summary()).contains("1 sans réponse");
    assertThat(taskService.createTaskQuery().processInstanceId(drive.getId())
        .taskDefinitionKey(DriveProcess.TASK_MONITOR_DRIVE).count()).isOne();
  }

  @Test
  @DisplayName("la clôture de la campagne retire les demandes de mobilisation en attente")
  void closingWithdrawsPendingRequests() {
    drives.closeByCoordinator(drive);

    assertThat(taskService.createTaskQuery().processInstanceId(drive.getId())
        .taskDefinitionKey(DriveProcess.TASK_ANSWER_MOBILIZATION).count()).isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(drive.getId())
        .taskDefinitionKey(DriveProcess.TASK_REVIEW_CLOSING_REPORT).count()).isOne();
  }
}
