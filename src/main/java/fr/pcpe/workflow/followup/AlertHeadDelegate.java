package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Still late: the structure's heads are told. */
@Component
class AlertHeadDelegate implements JavaDelegate {
  private final FollowUpAlerts alerts;

  AlertHeadDelegate(FollowUpAlerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpSteps.escalate(alerts, execution, Level.HEAD);
  }
}
