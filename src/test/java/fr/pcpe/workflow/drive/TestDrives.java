package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.TestSirets;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureService;
import fr.pcpe.workflow.partner.StructureType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Drives in a given state for the tests of other features. */
@Component
public class TestDrives {

  private final DriveService driveService;
  private final PartnerStructureService structures;
  private final TaskService taskService;

  TestDrives(DriveService driveService, PartnerStructureService structures, TaskService taskService) {
    this.driveService = driveService;
    this.structures = structures;
    this.taskService = taskService;
  }

  /** A drive onboarded (new employer) and agreed: open for referrals, with this target. */
  public ProcessInstance open(int target) {
    return open(target, mobilizableStructure().getGroupId());
  }

  /** The same, mobilizing these structures (their groups). */
  public ProcessInstance open(int target, String... structureGroups) {
    ProcessInstance instance = driveService.start("Parcours Logistique");
    complete(instance, DriveProcess.TASK_ONBOARD_EMPLOYER, RecruitmentDriveProcessTest.onboardingForm(TestSirets.fresh()));
    complete(instance, DriveProcess.TASK_AGREE_DRIVE, RecruitmentDriveProcessTest.agreementForm(
        RecruitmentDriveProcessTest.today(), target + 10, target, structureGroups));
    return instance;
  }

  /** A new partner structure, with a unique name and email. */
  public PartnerStructure mobilizableStructure() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    return structures.create(new PartnerStructure("Structure " + id, StructureType.ACI, "Bondy",
        "contact-" + id + "@structure.example", "direction-" + id + "@structure.example"));
  }

  /** The coordinator closes the open drive. */
  public void closeByCoordinator(ProcessInstance instance) {
    complete(instance, DriveProcess.TASK_MONITOR_DRIVE, Map.of(DriveProcess.Vars.CLOSE_CONFIRMED.name(), true));
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult().getId(), form);
  }

  /** Today for the engine (its clock may be moved by a test). */
  public static LocalDate today() {
    return RecruitmentDriveProcessTest.today();
  }

  public RecruitmentDrive find(String reference) {
    return driveService.find(reference);
  }
}
