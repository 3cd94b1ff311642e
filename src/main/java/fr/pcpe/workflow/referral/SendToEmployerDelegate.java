package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The pre-screened candidate goes to the employer. */
@Component
class SendToEmployerDelegate implements JavaDelegate {

  private final ReferralService referrals;

  SendToEmployerDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.sendToEmployer(execution.getProcessBusinessKey());
  }
}
