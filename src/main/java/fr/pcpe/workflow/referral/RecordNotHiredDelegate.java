package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Not retained for an interview, not hired after it, or too late for a closed drive. */
@Component
class RecordNotHiredDelegate implements JavaDelegate {

  private final ReferralService referrals;

  RecordNotHiredDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RefusalReason reason = ReferralProcess.Vars.NOT_HIRED_REASON.from(execution);
    referrals.notHired(execution.getProcessBusinessKey(), reason,
        ReferralProcess.Vars.ADD_TO_POOL.from(execution));
  }
}
