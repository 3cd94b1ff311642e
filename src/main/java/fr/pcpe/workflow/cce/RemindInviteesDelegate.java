package fr.pcpe.workflow.cce;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Two days before the CCE: each invitee's referent (or, without one, the structure) is reminded to bring them. */
@Component
class RemindInviteesDelegate implements JavaDelegate {
  private final CceService cces;

  RemindInviteesDelegate(CceService cces) {
    this.cces = cces;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cces.remindReferents(execution.getProcessBusinessKey());
  }
}
