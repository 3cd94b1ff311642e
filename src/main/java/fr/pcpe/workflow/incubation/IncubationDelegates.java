package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.ProcessVariable;
import fr.pcpe.workflow.incubation.IncubationProcess.Vars;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The thin listeners and delegates of project-incubation.bpmn. */
final class IncubationDelegates {

  private static final List<ProcessVariable<?>> STAGE_FORM = List.of(Vars.TERRITORY, Vars.BUDGET, Vars.PARTNER_NAME,
      Vars.PARTNER_COMMITTED, Vars.FUNDER_NAME, Vars.FUNDER_AMOUNT);
  private static final List<ProcessVariable<?>> COMMITTEE_FORM = List.of(Vars.DECISION, Vars.REMARKS);

  private IncubationDelegates() {
  }

  static void showStage(DelegateExecution execution, IncubationService projects, Messages messages) {
    IncubationProject project = projects.find(execution.getProcessBusinessKey());
    DelegateExecution process = execution.getProcessInstance();
    Vars.STAGE.on(process).set(project.getStage());
    Vars.STAGE_LABEL.on(process).set(messages.say("incubation.stage." + project.getStage()));
    Vars.STAGE_SINCE.on(process).set(projects.stageSince(execution.getProcessBusinessKey()));
  }

  static IncubationService.CommitteeDecision committee(DelegateExecution execution) {
    return new IncubationService.CommitteeDecision(Vars.DECISION.from(execution), Vars.REMARKS.from(execution),
        Vars.ABANDON_REASON.from(execution), Vars.LESSONS_LEARNED.from(execution));
  }

  /** The start form: a name, and a lead who is a user. */
  record ProjectProposal(String name, String description, String leadUserId, boolean leadKnown) {

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (name == null || name.length() > 200) {
        violations.put(Vars.PROJECT_NAME.name(), "incubation.name.required");
      }
      if (!leadKnown) {
        violations.put(Vars.LEAD_USER_ID.name(), "incubation.lead.unknown");
      }
      return violations;
    }
  }

  /** Start listener (Tasklist's start form): the project's record, reference and first stage. */
  @Component("createProjectListener")
  static class CreateProjectListener extends FormCheck<ProjectProposal> {
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
    protected ProjectProposal read(DelegateExecution execution) {
      String lead = Vars.LEAD_USER_ID.from(execution);
      return new ProjectProposal(Vars.PROJECT_NAME.from(execution), Vars.DESCRIPTION.from(execution), lead,
          lead != null && execution.getProcessEngineServices().getIdentityService().createUserQuery().userId(lead)
              .count() > 0);
    }

    @Override
    protected Map<String, String> violations(ProjectProposal proposal, LocalDate today) {
      return proposal.violations();
    }

    @Override
    protected void accepted(ProjectProposal proposal, DelegateExecution execution) {
      String reference = projects.create(proposal.name(), proposal.description(), proposal.leadUserId());
      execution.setProcessBusinessKey(reference);
      Vars.PROJECT_REFERENCE.on(execution).set(reference);
      execution.setVariables(deadlines.inWords());
      showStage(execution, projects, messages);
    }
  }

  /**
   * End listener of the stage's work: checks the figures, records the stage's facts, and gives
   * committee-advice.dmn (the next activity) the facts it decides on.
   */
  @Component("validateStageWorkListener")
  static class ValidateStageWorkListener extends FormCheck<IncubationService.StageWork> {
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
      STAGE_FORM.forEach(field -> field.on(execution).remove());
      IncubationProject project = projects.find(reference);
      DelegateExecution process = execution.getProcessInstance();
      Vars.LEAD_NAMED.on(process).set(project.leadNamed());
      Vars.TERRITORY_FOUND.on(process).set(project.territoryFound());
      Vars.COMMITTED_PARTNERS.on(process).set(project.committedPartners());
      Vars.BUDGET_SECURED_SHARE.on(process).set(project.budgetSecuredShare());
    }
  }

  /** Records the decision with the advice; the process routes on the outcome. */
  @Component("recordCommitteeDecisionDelegate")
  static class RecordCommitteeDecisionDelegate implements JavaDelegate {
    private final IncubationService projects;
    private final Messages messages;

    RecordCommitteeDecisionDelegate(IncubationService projects, Messages messages) {
      this.projects = projects;
      this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
      IncubationService.CommitteeDecision committee = committee(execution);
      IncubationService.Outcome outcome = projects.decide(execution.getProcessBusinessKey(), committee,
          Vars.ADVICE.from(execution));
      COMMITTEE_FORM.forEach(field -> field.on(execution).remove());
      // a reworked stage starts again with the committee's remarks in front of the lead
      Vars.COMMITTEE_REMARKS.on(execution.getProcessInstance()).set(committee.remarks());
      Vars.OUTCOME.on(execution.getProcessInstance()).set(outcome);
      showStage(execution, projects, messages);
    }
  }

  /** Abandoned outside a committee (API): reason and lessons kept with the project. */
  @Component("recordAbandonmentDelegate")
  static class RecordAbandonmentDelegate implements JavaDelegate {
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
}
