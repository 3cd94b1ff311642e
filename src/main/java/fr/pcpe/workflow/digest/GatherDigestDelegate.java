package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.digest.DigestProcesses.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Monday morning: the week's offers gathered (or the week's digest found again); the instance named by its week. */
@Component
class GatherDigestDelegate implements JavaDelegate {
  private final DigestService digests;

  GatherDigestDelegate(DigestService digests) {
    this.digests = digests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String week = digests.currentWeek();
    Digest digest = digests.gather(week);
    execution.setProcessBusinessKey(week);
    Vars.WEEK.on(execution).set(week);
    Vars.WEEK_LABEL.on(execution).set(digests.weekLabel(week));
    Vars.DIGEST_STATUS.on(execution).set(digest.getStatus().name());
    if (digest.getStatus() == Digest.Status.DRAFT) {
      Vars.ITEM_OPTIONS.on(execution).set(FormOptions.of(digests.itemOptions(week)));
    }
  }
}
