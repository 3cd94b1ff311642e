package fr.pcpe.workflow.drive;

import static fr.pcpe.workflow.drive.DriveProcess.Vars.EMPLOYER_NAME;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.TEMPLATE_DRIVE;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code recruitmentDrive}: however the drive is started (Tasklist, API, demo),
 * creates its record and makes its reference the business key (a key sent by the caller is replaced:
 * a new instance never attaches itself to an existing drive).
 */
@Component
class CreateDriveListener extends FormCheck<CreateDriveListener.DriveStart> {

  /** The employer's name, which names the drive's tasks until the employer is registered; the drive it starts from. */
  record DriveStart(String employerName, String templateDrive) {
  }

  private final DriveService driveService;

  CreateDriveListener(FormRules rules, DriveService driveService) {
    super(rules);
    this.driveService = driveService;
  }

  @Override
  protected DriveStart read(DelegateExecution execution) {
    return new DriveStart(EMPLOYER_NAME.from(execution), TEMPLATE_DRIVE.from(execution));
  }

  @Override
  protected Map<String, String> violations(DriveStart start, LocalDate today) {
    Map<String, String> violations = new LinkedHashMap<>(EmployerOnboarding.nameViolations(start.employerName()));
    if (start.templateDrive() != null && !driveService.isTemplate(start.templateDrive())) {
      violations.put(TEMPLATE_DRIVE.name(), "drive.template.unknown");
    }
    return violations;
  }

  @Override
  protected void accepted(DriveStart start, DelegateExecution execution) {
    String reference = driveService.create();
    execution.setProcessBusinessKey(reference);
    DriveProcess.Vars.DRIVE_REFERENCE.on(execution).set(reference);
    if (start.templateDrive() != null) {
      driveService.prefill(start.templateDrive(), start.employerName(), execution);
    }
  }
}
