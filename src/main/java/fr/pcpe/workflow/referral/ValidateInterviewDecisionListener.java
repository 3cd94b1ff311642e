package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.system.FormRules;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the employer's interview decision (docs/adr/0002). */
@Component
class ValidateInterviewDecisionListener implements ExecutionListener {

  private final FormRules formRules;
  private final Clock clock;

  ValidateInterviewDecisionListener(FormRules formRules, Clock clock) {
    this.formRules = formRules;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      LocalDate today = LocalDate.now(clock);
      formRules.enforce(ReferralDecisions.InterviewDecision.read(execution).violations(today));
    }
  }
}
