package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.system.FormRules;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the agreement task: the server checks the qualified need and the drive's terms. */
@Component
class ValidateDriveAgreementListener implements ExecutionListener {

  private final FormRules formRules;
  private final MobilizationService mobilizations;
  private final Clock clock;

  ValidateDriveAgreementListener(FormRules formRules, MobilizationService mobilizations, Clock clock) {
    this.formRules = formRules;
    this.mobilizations = mobilizations;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      formRules.enforce(DriveVariables.agreement(execution)
          .violations(LocalDate.now(clock), mobilizations.knownStructureGroups()));
    }
  }
}
