package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of the proposal task: the open drives its form lists. */
@Component
class OfferOpenDrivesListener implements TaskListener {
  private final DriveService drives;

  OfferOpenDrivesListener(DriveService drives) {
    this.drives = drives;
  }

  @Override
  public void notify(DelegateTask task) {
    Vars.DRIVE_OPTIONS.on(task.getExecution()).set(FormOptions.of(drives.openDriveOptions()));
  }
}
