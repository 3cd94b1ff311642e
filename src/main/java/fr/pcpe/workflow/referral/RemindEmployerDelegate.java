package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a reminder to the silent employer (the reminder stays visible on the referral). */
@Component
class RemindEmployerDelegate implements JavaDelegate {

  private final ReferralService referrals;

  RemindEmployerDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.employerReminded(execution.getProcessBusinessKey());
  }
}
