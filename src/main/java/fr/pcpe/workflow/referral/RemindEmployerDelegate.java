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

  /** The reminder carries a new link to the decision still waiting: the interview, or the hire after it. */
  @Override
  public void execute(DelegateExecution execution) {
    Task waiting = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKeyIn(EmployerDecisions.TASKS.toArray(String[]::new))
        .singleResult();
    referrals.employerReminded(execution.getProcessBusinessKey(), decisions.linkTo(waiting.getId()),
        decisions.overviewLink(ReferralProcess.Vars.EMPLOYER_GROUP_ID.from(execution)));
  }
}
