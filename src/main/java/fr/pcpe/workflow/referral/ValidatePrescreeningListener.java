package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of the pre-screening: a refusal needs its reason (docs/adr/0002). */
@Component
class ValidatePrescreeningListener extends FormCheck<ReferralDecisions.Prescreening> {

  ValidatePrescreeningListener(FormRules rules) {
    super(rules);
  }

  @Override
  protected ReferralDecisions.Prescreening read(DelegateExecution execution) {
    return ReferralDecisions.Prescreening.read(execution);
  }

  @Override
  protected Map<String, String> violations(ReferralDecisions.Prescreening form, LocalDate today) {
    return form.violations();
  }
}
