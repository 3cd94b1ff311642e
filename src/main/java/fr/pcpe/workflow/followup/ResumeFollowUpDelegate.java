package fr.pcpe.workflow.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** In followUpOnHold: the pause is over, the interrupted step starts again, its deadlines from now. */
@Component
class ResumeFollowUpDelegate implements JavaDelegate {
  private final FollowUpService followUps;

  ResumeFollowUpDelegate(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpSteps.moveOn(execution.getProcessInstance().getSuperExecution(),
        followUps.resumed(execution.getProcessBusinessKey()));
  }
}
