package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of the onboarding task: the server checks what the form submitted (docs/adr/0002). */
@Component
class ValidateEmployerOnboardingListener extends FormCheck<EmployerOnboarding> {

  ValidateEmployerOnboardingListener(FormRules rules) {
    super(rules);
  }

  @Override
  protected EmployerOnboarding read(DelegateExecution execution) {
    return EmployerOnboarding.read(execution);
  }

  @Override
  protected Map<String, String> violations(EmployerOnboarding onboarding, LocalDate today) {
    return onboarding.violations();
  }
}
