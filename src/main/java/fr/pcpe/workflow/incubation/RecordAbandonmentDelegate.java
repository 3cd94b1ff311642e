package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.incubation.IncubationProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Abandoned outside a committee (API): reason and lessons kept with the project. */
@Component
class RecordAbandonmentDelegate implements JavaDelegate {
  private final IncubationService projects;

  RecordAbandonmentDelegate(IncubationService projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.recordAbandonment(execution.getProcessBusinessKey(), Vars.ABANDON_REASON.from(execution),
        Vars.LESSONS_LEARNED.from(execution));
  }
}
