package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Records a reminder to the silent employer (the reminder stays visible on the referral). */
@Component
class RemindEmployerDelegate implements JavaDelegate {

  private final ReferralService referrals;
  private final EmployerDecisions decisions;

  RemindEmployerDelegate(ReferralService referrals, EmployerDecisions decisions) {
    this.referrals = referrals;
    this.decisions = decisions;
  }

  /** The reminder carries a new link to the interview decision still waiting. */
  @Override
  public void execute(DelegateExecution execution) {
    Task waiting = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(ReferralProcess.TASK_DECIDE_INTERVIEW)
        .singleResult();
    referrals.employerReminded(execution.getProcessBusinessKey(), decisions.linkTo(waiting.getId()));
  }
}
