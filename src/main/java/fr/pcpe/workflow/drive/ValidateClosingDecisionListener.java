package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.system.FormRules;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the monitoring task: a coordinator closes a drive early only by confirming it. */
@Component
class ValidateClosingDecisionListener implements ExecutionListener {

  private final FormRules formRules;

  ValidateClosingDecisionListener(FormRules formRules) {
    this.formRules = formRules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // a boundary event (deadline, target reached) cancels the task: no decision to check then
    if (!execution.isCanceled()
        && !Boolean.TRUE.equals(execution.getVariable(DriveProcess.Vars.CLOSE_CONFIRMED))) {
      formRules.enforce(Map.of(DriveProcess.Vars.CLOSE_CONFIRMED, "closing.notConfirmed"));
    }
  }
}
