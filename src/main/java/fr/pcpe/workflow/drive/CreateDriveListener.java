package fr.pcpe.workflow.drive;

import static fr.pcpe.workflow.drive.DriveProcess.Vars.EMPLOYER_NAME;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code recruitmentDrive}: however the drive is started (Tasklist, API, demo),
 * creates its record and makes its reference the business key (a key sent by the caller is replaced:
 * a new instance never attaches itself to an existing drive).
 */
@Component
class CreateDriveListener extends FormCheck<String> {

  private final DriveService driveService;

  CreateDriveListener(FormRules rules, DriveService driveService) {
    super(rules);
    this.driveService = driveService;
  }

  /** The employer's name, which names the drive's tasks until the employer is registered. */
  @Override
  protected String read(DelegateExecution execution) {
    return EMPLOYER_NAME.from(execution);
  }

  @Override
  protected Map<String, String> violations(String employerName, LocalDate today) {
    return EmployerOnboarding.nameViolations(employerName);
  }

  @Override
  protected void accepted(String employerName, DelegateExecution execution) {
    String reference = driveService.create();
    execution.setProcessBusinessKey(reference);
    DriveProcess.Vars.DRIVE_REFERENCE.on(execution).set(reference);
  }
}
