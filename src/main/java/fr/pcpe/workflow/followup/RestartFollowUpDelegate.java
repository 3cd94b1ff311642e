package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** In followUpReview: the coordinators restart the follow-up with another referent. */
@Component
class RestartFollowUpDelegate implements JavaDelegate {
  private final FollowUpService followUps;

  RestartFollowUpDelegate(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUps.restart(execution.getProcessBusinessKey(), Vars.NEW_REFERENT_ID.from(execution));
  }
}
