package fr.pcpe.workflow.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The follow-up ended with its outcome (recorded at the check-in); nothing is left to do. */
@Component
class CloseFollowUpDelegate implements JavaDelegate {
  private final FollowUpService followUps;

  CloseFollowUpDelegate(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (followUps.find(execution.getProcessBusinessKey()).getOutcome() == null) {
      throw new IllegalStateException("Follow-up " + execution.getProcessBusinessKey() + " closed without outcome");
    }
  }
}
