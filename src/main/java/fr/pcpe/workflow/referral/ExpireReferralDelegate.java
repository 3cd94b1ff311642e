package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The employer never answered: the referral expires. */
@Component
class ExpireReferralDelegate implements JavaDelegate {

  private final ReferralService referrals;

  ExpireReferralDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.expire(execution.getProcessBusinessKey());
  }
}
