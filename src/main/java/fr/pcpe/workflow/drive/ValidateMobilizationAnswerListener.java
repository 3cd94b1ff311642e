package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.system.FormRules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of a structure's answer: a commitment says how many candidates (docs/adr/0002). */
@Component
class ValidateMobilizationAnswerListener implements ExecutionListener {

  private final FormRules formRules;

  ValidateMobilizationAnswerListener(FormRules formRules) {
    this.formRules = formRules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      formRules.enforce(MobilizationAnswer.read(execution).violations());
    }
  }
}
