package fr.pcpe.workflow.visit;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import fr.pcpe.workflow.visit.VisitProcess.Vars;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The start form, checked; accepted, the visit is recorded and its invitations leave. */
@Component
class PlanVisitListener extends FormCheck<VisitPlan> {
  private final LearningVisits visits;

  PlanVisitListener(FormRules rules, LearningVisits visits) {
    super(rules);
    this.visits = visits;
  }

  @Override
  protected VisitPlan read(DelegateExecution execution) {
    return VisitPlan.read(execution);
  }

  @Override
  protected Map<String, String> violations(VisitPlan plan, LocalDate today) {
    return plan.violations(today);
  }

  @Override
  protected void accepted(VisitPlan plan, DelegateExecution execution) {
    // a key sent by the caller is replaced: a new instance never attaches itself to an existing visit
    execution.setProcessBusinessKey(visits.plan(plan));
    Vars.SUBJECT.on(execution).set(plan.theme().strip() + ", " + plan.host().strip());
  }
}
