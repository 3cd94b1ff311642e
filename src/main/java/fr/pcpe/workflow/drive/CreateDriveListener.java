package fr.pcpe.workflow.drive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code recruitmentDrive}: however the drive is started (Tasklist, API, demo),
 * creates its record and makes its reference the business key (a key sent by the caller is replaced:
 * a new instance never attaches itself to an existing drive).
 */
@Component
class CreateDriveListener implements ExecutionListener {

  private final DriveService driveService;

  CreateDriveListener(DriveService driveService) {
    this.driveService = driveService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String reference = driveService.create();
    execution.setProcessBusinessKey(reference);
    DriveProcess.Vars.DRIVE_REFERENCE.on(execution).set(reference);
  }
}
