package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the refusal at pre-screening with its reason. */
@Component
class RecordRefusalDelegate implements JavaDelegate {

  private final ReferralService referrals;

  RecordRefusalDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.refuse(execution.getProcessBusinessKey(), ReferralDecisions.Prescreening.read(execution));
  }
}
