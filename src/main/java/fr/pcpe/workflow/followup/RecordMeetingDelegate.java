package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The referent met the candidate: a concrete proposal is due, counted from the meeting. */
@Component
class RecordMeetingDelegate implements JavaDelegate {
  private final FollowUpService followUps;

  RecordMeetingDelegate(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpSteps.moveOn(execution,
        followUps.recordMeeting(execution.getProcessBusinessKey(), Vars.MEETING_DATE.from(execution)));
    FollowUpSteps.showHistory(execution, followUps);
  }
}
