package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of the hire confirmation: contract type, a real start date, weekly hours (docs/adr/0002). */
@Component
class ValidateHireConfirmationListener extends FormCheck<HireConfirmation> {

  ValidateHireConfirmationListener(FormRules rules) {
    super(rules);
  }

  @Override
  protected HireConfirmation read(DelegateExecution execution) {
    return HireConfirmation.read(execution);
  }

  @Override
  protected Map<String, String> violations(HireConfirmation form, LocalDate today) {
    return form.violations(today);
  }
}
