package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of a structure's answer: a commitment says how many candidates (docs/adr/0002). */
@Component
class ValidateMobilizationAnswerListener extends FormCheck<MobilizationAnswer> {

  ValidateMobilizationAnswerListener(FormRules rules) {
    super(rules);
  }

  @Override
  protected MobilizationAnswer read(DelegateExecution execution) {
    return MobilizationAnswer.read(execution);
  }

  @Override
  protected Map<String, String> violations(MobilizationAnswer answer, LocalDate today) {
    return answer.violations();
  }
}
