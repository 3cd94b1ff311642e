package fr.pcpe.workflow.drive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A structure never answered: recorded as such; the coordinator's summary follows. */
@Component
class RecordNoAnswerDelegate implements JavaDelegate {

  private final MobilizationService mobilizations;

  RecordNoAnswerDelegate(MobilizationService mobilizations) {
    this.mobilizations = mobilizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String drive = execution.getProcessBusinessKey();
    String structureGroup = DriveProcess.Vars.STRUCTURE_GROUP_ID.from(execution);
    mobilizations.noAnswer(drive, structureGroup);
    DriveProcess.Vars.MOBILIZATION_SUMMARY.on(execution.getProcessInstance()).set(mobilizations.summary(drive));
  }
}
