package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.system.FormRules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the pre-screening: a refusal needs its reason (docs/adr/0002). */
@Component
class ValidatePrescreeningListener implements ExecutionListener {

  private final FormRules formRules;

  ValidatePrescreeningListener(FormRules formRules) {
    this.formRules = formRules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      formRules.enforce(ReferralDecisions.Prescreening.read(execution).violations());
    }
  }
}
