package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of the agreement task: the server checks the qualified need and the drive's terms. */
@Component
class ValidateDriveAgreementListener extends FormCheck<DriveAgreement> {

  private final MobilizationService mobilizations;

  ValidateDriveAgreementListener(FormRules rules, MobilizationService mobilizations) {
    super(rules);
    this.mobilizations = mobilizations;
  }

  @Override
  protected DriveAgreement read(DelegateExecution execution) {
    return DriveAgreement.read(execution);
  }

  @Override
  protected Map<String, String> violations(DriveAgreement agreement, LocalDate today) {
    return agreement.violations(today, mobilizations.knownStructureGroups());
  }
}
