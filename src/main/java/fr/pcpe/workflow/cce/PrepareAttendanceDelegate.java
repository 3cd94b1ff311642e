package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import fr.pcpe.workflow.common.FormOptions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** On the day: the invitees, as the options of the bulk form's lists. */
@Component
class PrepareAttendanceDelegate implements JavaDelegate {
  private final CceService cces;

  PrepareAttendanceDelegate(CceService cces) {
    this.cces = cces;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars.INVITEE_OPTIONS.on(execution).set(FormOptions.of(cces.inviteeOptions(execution.getProcessBusinessKey())));
  }
}
