package fr.pcpe.workflow.visit;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.visit.VisitProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The record form shows the visit's replies and lists every invitee, those coming first. */
@Component
class ShowVisitRepliesListener implements TaskListener {
  private final LearningVisits visits;

  ShowVisitRepliesListener(LearningVisits visits) {
    this.visits = visits;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    Vars.CONTEXT.on(task.getExecution()).set(visits.context(reference));
    Vars.ATTENDEE_OPTIONS.on(task.getExecution()).set(FormOptions.of(visits.attendeeOptions(reference)));
  }
}
