package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.referral.RetentionChecks.Departure;
import fr.pcpe.workflow.referral.RetentionChecks;
import fr.pcpe.workflow.referral.RetentionProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A follow-up opens with the chosen referent, counted from today, after the day the person left. */
@Component
class OpenFollowUpAfterDepartureDelegate implements JavaDelegate {
  private final RetentionChecks retention;
  private final FollowUpService followUps;

  OpenFollowUpAfterDepartureDelegate(RetentionChecks retention, FollowUpService followUps) {
    this.retention = retention;
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Departure departure = retention.departure(execution.getProcessBusinessKey());
    followUps.openAfterDeparture(departure.candidateId(), departure.leftOn(), Vars.NEW_REFERENT_ID.from(execution));
  }
}
