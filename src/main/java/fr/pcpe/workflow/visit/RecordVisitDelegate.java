package fr.pcpe.workflow.visit;

import fr.pcpe.workflow.visit.VisitProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The learning visit recorded: who came and what it taught. */
@Component
class RecordVisitDelegate implements JavaDelegate {
  private final LearningVisits visits;

  RecordVisitDelegate(LearningVisits visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    visits.record(execution.getProcessBusinessKey(), Vars.ATTENDEE_IDS.from(execution), Vars.TAKEAWAYS.from(execution));
  }
}
