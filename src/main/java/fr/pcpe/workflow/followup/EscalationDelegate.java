package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * In followUpEscalation: a step is late, the service task's delegate says who is told (one delegate per level:
 * an input parameter wrote a variable and its history at each alert, docs/adr/0009).
 */
abstract class EscalationDelegate implements JavaDelegate {
  private final FollowUpAlerts alerts;

  EscalationDelegate(FollowUpAlerts alerts) {
    this.alerts = alerts;
  }

  abstract Level level(DelegateExecution execution);

  @Override
  public void execute(DelegateExecution execution) {
    // the follow-up's own instance called this escalation
    alerts.escalate(execution.getProcessBusinessKey(), level(execution),
        execution.getProcessInstance().getSuperExecution().getProcessInstanceId());
  }
}
