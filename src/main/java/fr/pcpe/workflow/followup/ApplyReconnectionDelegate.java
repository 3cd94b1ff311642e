package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.PRESENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the reconnection meeting, who came: a follow-up still waiting for its first meeting takes this one as its
 * meeting; the others are back in touch.
 */
@Component
class ApplyReconnectionDelegate implements JavaDelegate {
  private final ReconnectionService meetings;

  ApplyReconnectionDelegate(ReconnectionService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    meetings.recordOutcome(execution.getProcessBusinessKey(), PRESENT.from(execution));
  }
}
