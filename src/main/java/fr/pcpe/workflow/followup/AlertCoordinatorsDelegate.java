package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Still late: the PCPE's coordinators are told. */
@Component
class AlertCoordinatorsDelegate implements JavaDelegate {
  private final FollowUpAlerts alerts;

  AlertCoordinatorsDelegate(FollowUpAlerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpSteps.escalate(alerts, execution, Level.COORDINATORS);
  }
}
