package fr.pcpe.workflow.drive;

import static fr.pcpe.workflow.drive.DriveProcess.Vars.CLOSE_CONFIRMED;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the monitoring task: a coordinator closes a drive early only by confirming it (a
 * boundary event, deadline or target reached, cancels the task: nothing to check then).
 */
@Component
class ValidateClosingDecisionListener extends FormCheck<Boolean> {

  ValidateClosingDecisionListener(FormRules rules) {
    super(rules);
  }

  @Override
  protected Boolean read(DelegateExecution execution) {
    return CLOSE_CONFIRMED.from(execution);
  }

  @Override
  protected Map<String, String> violations(Boolean confirmed, LocalDate today) {
    return confirmed ? Map.of() : Map.of(CLOSE_CONFIRMED.name(), "closing.notConfirmed");
  }
}
