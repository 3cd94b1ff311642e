package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.digest.DigestProcesses.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewed digest published: sent once to each subscriber, and archived. */
@Component
class PublishDigestDelegate implements JavaDelegate {
  private final DigestService digests;

  PublishDigestDelegate(DigestService digests) {
    this.digests = digests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    digests.publish(Vars.WEEK.from(execution));
  }
}
