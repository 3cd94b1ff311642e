package fr.pcpe.workflow.drive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds a structure silent on a mobilization request (by email). */
@Component
class RemindPartnerDelegate implements JavaDelegate {

  private final MobilizationService mobilizations;

  RemindPartnerDelegate(MobilizationService mobilizations) {
    this.mobilizations = mobilizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String drive = execution.getProcessBusinessKey();
    String structureGroup = DriveProcess.Vars.STRUCTURE_GROUP_ID.from(execution);
    mobilizations.remind(drive, structureGroup);
  }
}
