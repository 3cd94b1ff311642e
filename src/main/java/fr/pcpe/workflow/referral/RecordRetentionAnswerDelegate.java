package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.referral.RetentionProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the month's answer; a departure ends the checks. The form's values leave the process, so that the next
 * check's form starts empty.
 */
@Component
class RecordRetentionAnswerDelegate implements JavaDelegate {
  private final RetentionChecks checks;

  RecordRetentionAnswerDelegate(RetentionChecks checks) {
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RetentionAnswer answer = RetentionAnswer.read(execution);
    checks.answered(execution.getProcessBusinessKey(), Vars.MONTHS_AFTER_START.from(execution), answer);
    var instance = execution.getProcessInstance();
    Vars.PERSON_LEFT.on(instance).set(answer.left());
    instance.removeVariables(List.of(Vars.EMPLOYMENT_STATUS.name(), Vars.LEFT_ON.name(),
        Vars.SATISFACTION.name(), Vars.RETENTION_COMMENT.name()));
  }
}
