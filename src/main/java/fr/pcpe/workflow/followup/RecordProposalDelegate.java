package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A proposal was made: monthly check-ins follow. */
@Component
class RecordProposalDelegate implements JavaDelegate {
  private final FollowUpService followUps;

  RecordProposalDelegate(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpSteps.moveOn(execution, followUps.recordProposal(execution.getProcessBusinessKey(),
        Vars.PROPOSAL_TYPE.from(execution), Vars.PROPOSAL_DETAILS.from(execution), Vars.PROPOSED_DRIVE.from(execution)));
    FollowUpSteps.showHistory(execution, followUps);
  }
}
