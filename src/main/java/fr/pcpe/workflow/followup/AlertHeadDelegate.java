package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Still late: the structure's heads are told. */
@Component
class AlertHeadDelegate extends EscalationDelegate {

  AlertHeadDelegate(FollowUpAlerts alerts) {
    super(alerts);
  }

  @Override
  Level level(DelegateExecution execution) {
    return Level.HEAD;
  }
}
