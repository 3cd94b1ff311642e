package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** A step is late: its referent is reminded. */
@Component
class RemindReferentDelegate extends EscalationDelegate {

  RemindReferentDelegate(FollowUpAlerts alerts) {
    super(alerts);
  }

  @Override
  Level level(DelegateExecution execution) {
    return Level.REMINDER;
  }
}
