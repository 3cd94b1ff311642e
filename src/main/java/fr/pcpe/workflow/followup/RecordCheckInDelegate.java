package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The check-in's conclusion: another month, or an outcome that closes the follow-up. */
@Component
class RecordCheckInDelegate implements JavaDelegate {
  private final FollowUpService followUps;
  private final java.time.Clock clock;

  RecordCheckInDelegate(FollowUpService followUps, java.time.Clock clock) {
    this.followUps = followUps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean closed = followUps.recordCheckIn(execution.getProcessBusinessKey(), Vars.CHECK_IN_OUTCOME.from(execution),
        Vars.CHECK_IN_NOTES.from(execution));
    Vars.FOLLOW_UP_CLOSED.on(execution).set(closed);
    FollowUpSteps.showHistory(execution, followUps);
    FollowUpSteps.moveOn(execution, Date.from(clock.instant()));
  }
}
