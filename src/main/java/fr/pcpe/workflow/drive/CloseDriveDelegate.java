package fr.pcpe.workflow.drive;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Closes the drive (whichever came first: target, deadline, decision) and writes the report's summary;
 * the funnel per partner is added by the next step.
 */
@Component
class CloseDriveDelegate implements JavaDelegate {

  private final DriveService driveService;
  private final MessageSource messages;

  CloseDriveDelegate(DriveService driveService, MessageSource messages) {
    this.driveService = driveService;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    ClosingReason reason = driveService.close(reference);
    RecruitmentDrive drive = driveService.find(reference);
    String report = messages.getMessage("drive.closingReport", new Object[] {reference,
        messages.getMessage("drive.closingReason." + reason, null, Locale.FRENCH),
        drive.getHiresCount(), drive.getTargetHires()}, Locale.FRENCH);
    DriveProcess.Vars.CLOSING_REPORT.on(execution).set(report);
  }
}
