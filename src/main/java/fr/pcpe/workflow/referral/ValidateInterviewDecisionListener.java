package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of the employer's interview decision (docs/adr/0002). */
@Component
class ValidateInterviewDecisionListener extends FormCheck<ReferralDecisions.InterviewDecision> {

  ValidateInterviewDecisionListener(FormRules rules) {
    super(rules);
  }

  @Override
  protected ReferralDecisions.InterviewDecision read(DelegateExecution execution) {
    return ReferralDecisions.InterviewDecision.read(execution);
  }

  @Override
  protected Map<String, String> violations(ReferralDecisions.InterviewDecision form, LocalDate today) {
    return form.violations(today);
  }
}
