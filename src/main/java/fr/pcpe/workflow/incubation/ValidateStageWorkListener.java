package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.incubation.IncubationProcess.Vars;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the stage's work: checks the figures, records the stage's facts, and gives
 * committee-advice.dmn (the next activity) the facts it decides on.
 */
@Component
class ValidateStageWorkListener extends FormCheck<IncubationService.StageWork> {
  private final IncubationService projects;

  ValidateStageWorkListener(IncubationService projects, FormRules rules) {
    super(rules);
    this.projects = projects;
  }

  @Override
  protected IncubationService.StageWork read(DelegateExecution execution) {
    return new IncubationService.StageWork(Vars.TERRITORY.from(execution), Vars.BUDGET.from(execution),
        execution.getVariable(Vars.BUDGET.name()) != null, Vars.PARTNER_NAME.from(execution),
        Vars.PARTNER_COMMITTED.from(execution), Vars.FUNDER_NAME.from(execution), Vars.FUNDER_AMOUNT.from(execution),
        execution.getVariable(Vars.FUNDER_AMOUNT.name()) != null);
  }

  @Override
  protected Map<String, String> violations(IncubationService.StageWork work, LocalDate today) {
    return work.violations();
  }

  @Override
  protected void accepted(IncubationService.StageWork work, DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    projects.recordStageWork(reference, work);
    IncubationSteps.STAGE_FORM.forEach(field -> field.on(execution).remove());
    IncubationProject project = projects.find(reference);
    DelegateExecution process = execution.getProcessInstance();
    Vars.LEAD_NAMED.on(process).set(project.leadNamed());
    Vars.TERRITORY_FOUND.on(process).set(project.territoryFound());
    Vars.COMMITTED_PARTNERS.on(process).set(project.committedPartners());
    Vars.BUDGET_SECURED_SHARE.on(process).set(project.budgetSecuredShare());
  }
}
