package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the drive (whichever came first: target, deadline, decision) and writes the report's summary;
 * the funnel per partner is added by the next step.
 */
@Component
class CloseDriveDelegate implements JavaDelegate {

  private final DriveService driveService;
  private final Messages messages;

  CloseDriveDelegate(DriveService driveService, Messages messages) {
    this.driveService = driveService;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    ClosingReason reason = driveService.close(reference);
    RecruitmentDrive drive = driveService.find(reference);
    String report = messages.say("drive.closingReport", reference,
        messages.say("drive.closingReason." + reason),
        drive.getHiresCount(), drive.getTargetHires());
    DriveProcess.Vars.CLOSING_REPORT.on(execution).set(report);
  }
}
