package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the employer's tasks (interview decision, hire confirmation, retention check): the employer's
 * contact is emailed a link to this task, to decide without an account.
 */
@Component
class SendEmployerLinkListener implements TaskListener {

  private final ReferralService referrals;
  private final RetentionChecks retention;
  private final EmployerDecisions decisions;

  SendEmployerLinkListener(ReferralService referrals, RetentionChecks retention, EmployerDecisions decisions) {
    this.referrals = referrals;
    this.retention = retention;
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    String decisionUrl = decisions.linkTo(task.getId());
    String overviewUrl = decisions.overviewLink(ReferralProcess.Vars.EMPLOYER_GROUP_ID.from(task.getExecution()));
    if (RetentionProcess.TASK_CHECK.equals(task.getTaskDefinitionKey())) {
      retention.opened(reference, RetentionProcess.Vars.MONTHS_AFTER_START.from(task.getExecution()), decisionUrl,
          overviewUrl);
    } else {
      referrals.employerTaskOpened(reference, task.getTaskDefinitionKey(), decisionUrl, overviewUrl);
    }
  }
}
