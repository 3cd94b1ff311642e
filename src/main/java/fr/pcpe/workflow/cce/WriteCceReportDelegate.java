package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
