package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the thin delegates of cce-follow-up.bpmn share: each records one thing through {@link FollowUpService} and
 * says when the next step's deadlines start counting.
 */
final class FollowUpSteps {

  private FollowUpSteps() {
  }

  /** The next forms show what has been recorded so far. */
  static void showHistory(DelegateExecution execution, FollowUpService followUps) {
    Vars.HISTORY.on(execution.getProcessInstance()).set(followUps.history(execution.getProcessBusinessKey(),
        Vars.MEETING_NOTES.from(execution)));
  }

  /**
   * The next step's deadlines count from {@code startedAt}; no alert has been sent for it yet (the late step's
   * label went with its task; an instance of an earlier version kept it on the process, removed here).
   */
  static void moveOn(DelegateExecution execution, Date startedAt) {
    Vars.STEP_STARTED_AT.on(execution.getProcessInstance()).set(startedAt);
    execution.getProcessInstance().removeVariable(Vars.ESCALATION_LABEL.name());
  }
}
