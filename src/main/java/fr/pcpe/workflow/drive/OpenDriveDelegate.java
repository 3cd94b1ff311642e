package fr.pcpe.workflow.drive;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the agreed drive and sets the moment its deadline timer fires. */
@Component
class OpenDriveDelegate implements JavaDelegate {

  private final DriveService driveService;
  private final Clock clock;

  OpenDriveDelegate(DriveService driveService, Clock clock) {
    this.driveService = driveService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecruitmentDrive drive = driveService.open(execution.getProcessBusinessKey(),
        DriveVariables.agreement(execution));
    Date deadlineAt = Date.from(drive.getDeadline().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    execution.setVariable(DriveProcess.Vars.DEADLINE_AT, deadlineAt);
  }
}
