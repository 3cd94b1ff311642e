package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.referral.RetentionChecks.Departure;
import fr.pcpe.workflow.referral.RetentionChecks;
import fr.pcpe.workflow.referral.RetentionProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The structure and the person who referred the candidate are told; the form shows the departure and who may follow. */
@Component
class TellDepartureDelegate implements JavaDelegate {
  private final RetentionChecks retention;
  private final FollowUpService followUps;

  TellDepartureDelegate(RetentionChecks retention, FollowUpService followUps) {
    this.retention = retention;
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Departure departure = retention.departed(execution.getProcessBusinessKey());
    Vars.DEPARTURE_CONTEXT.on(execution.getProcessInstance()).set(departure.context());
    Vars.REFERENT_OPTIONS.on(execution.getProcessInstance()).set(FormOptions.of(followUps.referents(
        departure.candidateId())));
  }
}
