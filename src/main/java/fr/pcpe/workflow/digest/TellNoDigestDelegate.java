package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.digest.DigestProcesses.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A week without open offers: nothing is sent, and the coordination is told. */
@Component
class TellNoDigestDelegate implements JavaDelegate {
  private final DigestService digests;

  TellNoDigestDelegate(DigestService digests) {
    this.digests = digests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    digests.tellNoOffer(Vars.WEEK.from(execution));
  }
}
