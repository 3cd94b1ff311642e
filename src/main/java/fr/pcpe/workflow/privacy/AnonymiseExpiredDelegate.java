package fr.pcpe.workflow.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** personal-data-retention.bpmn: the candidates past the retention period are anonymised; how many is kept. */
@Component
class AnonymiseExpiredDelegate implements JavaDelegate {

  private final PersonalDataService personalData;

  AnonymiseExpiredDelegate(PersonalDataService personalData) {
    this.personalData = personalData;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RetentionProcess.Vars.ANONYMISED.on(execution).set(personalData.anonymiseExpired());
  }
}
