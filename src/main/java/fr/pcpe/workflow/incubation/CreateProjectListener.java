package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.incubation.IncubationProcess.Vars;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Start listener (Tasklist's start form): the project's record, reference and first stage. */
@Component
class CreateProjectListener extends FormCheck<IncubationSteps.ProjectProposal> {
  private final IncubationService projects;
  private final IncubationDeadlines deadlines;
  private final Messages messages;

  CreateProjectListener(IncubationService projects, IncubationDeadlines deadlines, FormRules rules,
      Messages messages) {
    super(rules);
    this.projects = projects;
    this.deadlines = deadlines;
    this.messages = messages;
  }

  @Override
  protected IncubationSteps.ProjectProposal read(DelegateExecution execution) {
    String lead = Vars.LEAD_USER_ID.from(execution);
    return new IncubationSteps.ProjectProposal(Vars.PROJECT_NAME.from(execution), Vars.DESCRIPTION.from(execution), lead,
        lead != null && execution.getProcessEngineServices().getIdentityService().createUserQuery().userId(lead)
            .count() > 0);
  }

  @Override
  protected Map<String, String> violations(IncubationSteps.ProjectProposal proposal, LocalDate today) {
    return proposal.violations();
  }

  @Override
  protected void accepted(IncubationSteps.ProjectProposal proposal, DelegateExecution execution) {
    String reference = projects.create(proposal.name(), proposal.description(), proposal.leadUserId());
    execution.setProcessBusinessKey(reference);
    Vars.PROJECT_REFERENCE.on(execution).set(reference);
    execution.setVariables(deadlines.inWords());
    IncubationSteps.showStage(execution, projects, messages);
  }
}
