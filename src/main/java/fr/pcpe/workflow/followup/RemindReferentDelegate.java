package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A step is late: its referent is reminded ({@link FollowUpSteps#escalate}). */
@Component
class RemindReferentDelegate implements JavaDelegate {
  private final FollowUpAlerts alerts;

  RemindReferentDelegate(FollowUpAlerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpSteps.escalate(alerts, execution, Level.REMINDER);
  }
}
