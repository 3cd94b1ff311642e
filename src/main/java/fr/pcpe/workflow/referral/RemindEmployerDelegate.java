package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Records a reminder to the silent employer (the reminder stays visible on the referral). */
@Component
class RemindEmployerDelegate implements JavaDelegate {

  private final ReferralService referrals;
  private final RetentionChecks retention;
  private final EmployerDecisions decisions;

  RemindEmployerDelegate(ReferralService referrals, RetentionChecks retention, EmployerDecisions decisions) {
    this.referrals = referrals;
    this.retention = retention;
    this.decisions = decisions;
  }

  /**
   * The reminder carries a new link to the decision still waiting: the interview, the hire after it, or how the
   * job goes.
   */
  @Override
  public void execute(DelegateExecution execution) {
    Task waiting = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKeyIn(EmployerDecisions.TASKS.toArray(String[]::new))
        .singleResult();
    String decisionUrl = decisions.linkTo(waiting.getId());
    String overviewUrl = decisions.overviewLink(ReferralProcess.Vars.EMPLOYER_GROUP_ID.from(execution));
    if (RetentionProcess.TASK_CHECK.equals(waiting.getTaskDefinitionKey())) {
      retention.reminded(execution.getProcessBusinessKey(), RetentionProcess.Vars.MONTHS_AFTER_START.from(execution),
          execution.getCurrentActivityId(), decisionUrl, overviewUrl);
    } else {
      referrals.employerReminded(execution.getProcessBusinessKey(), decisionUrl, overviewUrl);
    }
  }
}
