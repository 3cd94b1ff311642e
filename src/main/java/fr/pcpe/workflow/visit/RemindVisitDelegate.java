package fr.pcpe.workflow.visit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Two days before: the invitees coming, or silent, are reminded. */
@Component
class RemindVisitDelegate implements JavaDelegate {
  private final LearningVisits visits;

  RemindVisitDelegate(LearningVisits visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    visits.remind(execution.getProcessBusinessKey());
  }
}
