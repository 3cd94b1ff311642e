package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Still late: the PCPE's coordinators are told. */
@Component
class AlertCoordinatorsDelegate extends EscalationDelegate {

  AlertCoordinatorsDelegate(FollowUpAlerts alerts) {
    super(alerts);
  }

  @Override
  Level level(DelegateExecution execution) {
    return Level.COORDINATORS;
  }
}
