package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The monthly look at the year's plan (cce-year-check.bpmn): behind, the coordination's task says by how much;
 * on time, nothing.
 */
@Component
class CheckCceYearDelegate implements JavaDelegate {
  private final CceYearPlans plans;

  CheckCceYearDelegate(CceYearPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var behind = plans.behind();
    CceYearProcess.Vars.BEHIND.on(execution).set(behind.isPresent());
    behind.ifPresent(words -> {
      CceYearProcess.Vars.YEAR_CONTEXT.on(execution).set(words);
      CceYearProcess.Vars.SUBJECT.on(execution).set(plans.subject());
    });
  }
}
