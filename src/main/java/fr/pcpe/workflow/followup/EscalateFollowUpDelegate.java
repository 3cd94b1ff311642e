package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Instances of the process's earlier versions, still waiting, give the level as an input parameter. */
@Component
class EscalateFollowUpDelegate implements JavaDelegate {
  private final FollowUpAlerts alerts;

  EscalateFollowUpDelegate(FollowUpAlerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpSteps.escalate(alerts, execution, Vars.LEVEL.fromLocal(execution));
  }
}
