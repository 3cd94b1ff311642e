package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Instances of the process's earlier versions, still waiting, give the level as an input parameter. */
@Component
class EscalateFollowUpDelegate extends EscalationDelegate {

  EscalateFollowUpDelegate(FollowUpAlerts alerts) {
    super(alerts);
  }

  @Override
  Level level(DelegateExecution execution) {
    return Vars.LEVEL.fromLocal(execution);
  }
}
