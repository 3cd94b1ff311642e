package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The CCE's offers set: the structures are told, and invite their candidates. */
@Component
class OpenInvitationsDelegate implements JavaDelegate {
  private final CceService cces;

  OpenInvitationsDelegate(CceService cces) {
    this.cces = cces;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cces.openInvitations(execution.getProcessBusinessKey(), Vars.OFFERS.from(execution));
  }
}
