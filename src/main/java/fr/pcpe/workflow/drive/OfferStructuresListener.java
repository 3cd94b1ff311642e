package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.FormOptions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of the agreement task: the partner structures the form offers to mobilize. */
@Component
class OfferStructuresListener implements TaskListener {

  private final MobilizationService mobilizations;

  OfferStructuresListener(MobilizationService mobilizations) {
    this.mobilizations = mobilizations;
  }

  @Override
  public void notify(DelegateTask task) {
    DriveProcess.Vars.STRUCTURE_OPTIONS.on(task.getExecution()).set(FormOptions.of(mobilizations.structureOptions()));
  }
}
