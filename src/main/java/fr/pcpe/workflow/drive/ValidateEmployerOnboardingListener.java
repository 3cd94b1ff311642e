package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.system.FormRules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the onboarding task: the server checks what the form submitted (docs/adr/0002). */
@Component
class ValidateEmployerOnboardingListener implements ExecutionListener {

  private final FormRules formRules;

  ValidateEmployerOnboardingListener(FormRules formRules) {
    this.formRules = formRules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      formRules.enforce(DriveVariables.onboarding(execution).violations());
    }
  }
}
