package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.TestSirets;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Drives in a given state for the tests of other features. */
@Component
public class TestDrives {

  private final DriveService driveService;
  private final TaskService taskService;

  TestDrives(DriveService driveService, TaskService taskService) {
    this.driveService = driveService;
    this.taskService = taskService;
  }

  /** A drive onboarded (new employer) and agreed: open for referrals, with this target. */
  public ProcessInstance open(int target) {
    ProcessInstance instance = driveService.start();
    complete(instance, RecruitmentDriveProcessTest.onboardingForm(TestSirets.fresh()));
    complete(instance, RecruitmentDriveProcessTest.agreementForm(RecruitmentDriveProcessTest.today(),
        target + 10, target));
    return instance;
  }

  /** The coordinator closes the open drive. */
  public void closeByCoordinator(ProcessInstance instance) {
    complete(instance, java.util.Map.of(DriveProcess.Vars.CLOSE_CONFIRMED, true));
  }

  private void complete(ProcessInstance instance, java.util.Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
        form);
  }

  /** Today for the engine (its clock may be moved by a test). */
  public static LocalDate today() {
    return RecruitmentDriveProcessTest.today();
  }

  public RecruitmentDrive find(String reference) {
    return driveService.find(reference);
  }
}
