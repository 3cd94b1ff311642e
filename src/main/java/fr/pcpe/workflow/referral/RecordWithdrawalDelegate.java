package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The structure withdrew its candidate: the referral closes as withdrawn, with the comment. */
@Component
class RecordWithdrawalDelegate implements JavaDelegate {

  private final ReferralService referrals;

  RecordWithdrawalDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.recordWithdrawal(execution.getProcessBusinessKey(),
        ReferralProcess.Vars.WITHDRAWAL_COMMENT.from(execution));
  }
}
