package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the employer's tasks (interview decision, hire confirmation): the employer's
 * contact is emailed a link to this task, to decide without an account.
 */
@Component
class SendEmployerLinkListener implements TaskListener {

  private final ReferralService referrals;
  private final EmployerDecisions decisions;

  SendEmployerLinkListener(ReferralService referrals, EmployerDecisions decisions) {
    this.referrals = referrals;
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    referrals.employerTaskOpened(task.getExecution().getProcessBusinessKey(), task.getTaskDefinitionKey(),
        decisions.linkTo(task.getId()),
        decisions.overviewLink(ReferralProcess.Vars.EMPLOYER_GROUP_ID.from(task.getExecution())));
  }
}
