package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Months after the CCE: its report (offers, invitees, attendees, hires on the day and since), for the coordination's
 * review.
 */
@Component
class WriteCceReportDelegate implements JavaDelegate {
  private final CceService cces;

  WriteCceReportDelegate(CceService cces) {
    this.cces = cces;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars.CCE_REPORT.on(execution).set(cces.report(execution.getProcessBusinessKey()));
  }
}
