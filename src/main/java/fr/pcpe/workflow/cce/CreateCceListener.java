package fr.pcpe.workflow.cce;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener: the CCE's record and its reference as business key. */
@Component
class CreateCceListener implements ExecutionListener {
  private final CceService cces;

  CreateCceListener(CceService cces) {
    this.cces = cces;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // a key sent by the caller is replaced: a new instance never attaches itself to an existing CCE
    execution.setProcessBusinessKey(cces.create());
  }
}
