package fr.pcpe.workflow.followup;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The monthly check-in is due: its own deadlines start now. */
@Component
class OpenCheckInDelegate implements JavaDelegate {
  private final java.time.Clock clock;

  OpenCheckInDelegate(java.time.Clock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpSteps.moveOn(execution, Date.from(clock.instant()));
  }
}
