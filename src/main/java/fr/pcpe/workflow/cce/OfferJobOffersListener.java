package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import fr.pcpe.workflow.common.FormOptions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of the offers task: the open job offers the form lists. */
@Component
class OfferJobOffersListener implements TaskListener {
  private final CceService cces;

  OfferJobOffersListener(CceService cces) {
    this.cces = cces;
  }

  @Override
  public void notify(DelegateTask task) {
    Vars.OFFER_OPTIONS.on(task.getExecution()).set(FormOptions.of(cces.offerOptions()));
  }
}
