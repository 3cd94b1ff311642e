package fr.pcpe.workflow.drive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a structure's commitment or refusal; the coordinator's summary follows. */
@Component
class RecordMobilizationAnswerDelegate implements JavaDelegate {

  private final MobilizationService mobilizations;

  RecordMobilizationAnswerDelegate(MobilizationService mobilizations) {
    this.mobilizations = mobilizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String drive = execution.getProcessBusinessKey();
    String structureGroup = DriveProcess.Vars.STRUCTURE_GROUP_ID.from(execution);
    mobilizations.answer(drive, structureGroup, MobilizationAnswer.read(execution));
    DriveProcess.Vars.MOBILIZATION_SUMMARY.on(execution.getProcessInstance()).set(mobilizations.summary(drive));
  }
}
