package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.incubation.IncubationProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the decision with the advice; the process routes on the outcome. */
@Component
class RecordCommitteeDecisionDelegate implements JavaDelegate {
  private final IncubationService projects;
  private final Messages messages;

  RecordCommitteeDecisionDelegate(IncubationService projects, Messages messages) {
    this.projects = projects;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncubationService.CommitteeDecision committee = IncubationSteps.committee(execution);
    IncubationService.Outcome outcome = projects.decide(execution.getProcessBusinessKey(), committee,
        Vars.ADVICE.from(execution));
    IncubationSteps.COMMITTEE_FORM.forEach(field -> field.on(execution).remove());
    // a reworked stage starts again with the committee's remarks in front of the lead
    Vars.COMMITTEE_REMARKS.on(execution.getProcessInstance()).set(committee.remarks());
    Vars.OUTCOME.on(execution.getProcessInstance()).set(outcome);
    IncubationSteps.showStage(execution, projects, messages);
  }
}
