package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closed outside a check-in (the API): the outcome and comment the message carried. */
@Component
class RecordClosureDelegate implements JavaDelegate {
  private final FollowUpService followUps;

  RecordClosureDelegate(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUps.recordClosure(execution.getProcessBusinessKey(), Vars.OUTCOME.from(execution),
        Vars.OUTCOME_COMMENT.from(execution));
  }
}
