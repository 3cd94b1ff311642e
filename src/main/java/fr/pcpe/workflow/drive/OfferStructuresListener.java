package fr.pcpe.workflow.drive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Create listener of the agreement task: the partner structures the form offers to mobilize. */
@Component
class OfferStructuresListener implements TaskListener {

  private final MobilizationService mobilizations;
  private final ObjectMapper json;

  OfferStructuresListener(MobilizationService mobilizations, ObjectMapper json) {
    this.mobilizations = mobilizations;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      task.getExecution().setVariable(DriveProcess.Vars.STRUCTURE_OPTIONS,
          SpinValues.jsonValue(json.writeValueAsString(mobilizations.structureOptions())).create());
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
