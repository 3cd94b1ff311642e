package fr.pcpe.workflow.drive;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the agreed drive, sets the moment its deadline timer fires, and asks the chosen structures to
 * commit (one answer task each, in the multi-instance sub-process).
 */
@Component
class OpenDriveDelegate implements JavaDelegate {

  private final DriveService driveService;
  private final MobilizationService mobilizations;
  private final Clock clock;

  OpenDriveDelegate(DriveService driveService, MobilizationService mobilizations, Clock clock) {
    this.driveService = driveService;
    this.mobilizations = mobilizations;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DriveAgreement agreement = DriveAgreement.read(execution);
    RecruitmentDrive drive = driveService.open(execution.getProcessBusinessKey(), agreement);
    mobilizations.request(drive.getReference(), agreement.mobilizedStructures());
    DriveProcess.Vars.MOBILIZATION_SUMMARY.on(execution).set(mobilizations.summary(drive.getReference()));
    Date deadlineAt = Date.from(drive.getDeadline().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    DriveProcess.Vars.DEADLINE_AT.on(execution).set(deadlineAt);
  }
}
