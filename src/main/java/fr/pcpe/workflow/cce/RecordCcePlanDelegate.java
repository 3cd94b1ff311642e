package fr.pcpe.workflow.cce;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The CCE's plan (town, venue, audience, date) recorded from its start form. */
@Component
class RecordCcePlanDelegate implements JavaDelegate {
  private final CceService cces;

  RecordCcePlanDelegate(CceService cces) {
    this.cces = cces;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cces.plan(execution.getProcessBusinessKey(), CcePlan.read(execution));
  }
}
