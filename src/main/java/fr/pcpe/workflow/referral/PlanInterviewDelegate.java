package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the interview the employer planned. */
@Component
class PlanInterviewDelegate implements JavaDelegate {

  private final ReferralService referrals;

  PlanInterviewDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.planInterview(execution.getProcessBusinessKey(), ReferralDecisions.InterviewDecision.read(execution));
  }
}
