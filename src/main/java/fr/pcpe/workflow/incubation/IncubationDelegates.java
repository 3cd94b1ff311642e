package fr.pcpe.workflow.incubation;

import static fr.pcpe.workflow.common.FormValues.decimal;
import static fr.pcpe.workflow.common.FormValues.enumValue;
import static fr.pcpe.workflow.common.FormValues.text;

import fr.pcpe.workflow.incubation.IncubationEnums.Decision;
import fr.pcpe.workflow.incubation.IncubationProcess.Vars;
import fr.pcpe.workflow.system.FormRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The thin listeners and delegates of project-incubation.bpmn. */
final class IncubationDelegates {

  private static final List<String> STAGE_FORM = List.of(Vars.TERRITORY, Vars.BUDGET, Vars.PARTNER_NAME,
      Vars.PARTNER_COMMITTED, Vars.FUNDER_NAME, Vars.FUNDER_AMOUNT);
  private static final List<String> COMMITTEE_FORM = List.of(Vars.DECISION, Vars.REMARKS);

  private IncubationDelegates() {
  }

  static void showStage(DelegateExecution execution, IncubationService projects, MessageSource messages) {
    IncubationProject project = projects.find(execution.getProcessBusinessKey());
    DelegateExecution process = execution.getProcessInstance();
    process.setVariable(Vars.STAGE, project.getStage().name());
    process.setVariable(Vars.STAGE_LABEL, messages.getMessage("incubation.stage." + project.getStage(), null,
        java.util.Locale.FRENCH));
    process.setVariable(Vars.STAGE_SINCE, projects.stageSince(execution.getProcessBusinessKey()));
  }

  static IncubationService.StageWork stageWork(DelegateExecution execution) {
    return new IncubationService.StageWork(text(execution.getVariable(Vars.TERRITORY)),
        decimal(execution.getVariable(Vars.BUDGET)), text(execution.getVariable(Vars.PARTNER_NAME)),
        Boolean.TRUE.equals(execution.getVariable(Vars.PARTNER_COMMITTED)), text(execution.getVariable(Vars.FUNDER_NAME)),
        decimal(execution.getVariable(Vars.FUNDER_AMOUNT)));
  }

  static IncubationService.CommitteeDecision committee(DelegateExecution execution) {
    return new IncubationService.CommitteeDecision(enumValue(Decision.class, execution.getVariable(Vars.DECISION)),
        text(execution.getVariable(Vars.REMARKS)), text(execution.getVariable(Vars.ABANDON_REASON)),
        text(execution.getVariable(Vars.LESSONS_LEARNED)));
  }

  /** Start listener (Tasklist's start form): the project's record, reference and first stage. */
  @Component("createProjectListener")
  static class CreateProjectListener implements ExecutionListener {
    private final IncubationService projects;
    private final FormRules formRules;
    private final MessageSource messages;

    CreateProjectListener(IncubationService projects, FormRules formRules, MessageSource messages) {
      this.projects = projects;
      this.formRules = formRules;
      this.messages = messages;
    }

    @Override
    public void notify(DelegateExecution execution) {
      String name = text(execution.getVariable(Vars.PROJECT_NAME));
      String lead = text(execution.getVariable(Vars.LEAD_USER_ID));
      Map<String, String> violations = new LinkedHashMap<>();
      if (name == null || name.length() > 200) {
        violations.put(Vars.PROJECT_NAME, "incubation.name.required");
      }
      if (lead == null || execution.getProcessEngineServices().getIdentityService().createUserQuery().userId(lead)
          .count() == 0) {
        violations.put(Vars.LEAD_USER_ID, "incubation.lead.unknown");
      }
      formRules.enforce(violations);
      execution.setProcessBusinessKey(projects.create(name, text(execution.getVariable(Vars.DESCRIPTION)), lead));
      showStage(execution, projects, messages);
    }
  }

  @Component("validateStageWorkListener")
  static class ValidateStageWorkListener implements ExecutionListener {
    private final FormRules formRules;

    ValidateStageWorkListener(FormRules formRules) {
      this.formRules = formRules;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      IncubationService.StageWork work = stageWork(execution);
      Map<String, String> violations = new LinkedHashMap<>();
      if (execution.getVariable(Vars.BUDGET) != null && (work.budget() == null || work.budget().signum() < 0)) {
        violations.put(Vars.BUDGET, "incubation.budget.invalid");
      }
      if (work.funderName() != null && (work.funderAmount() == null || work.funderAmount().signum() <= 0)
          || work.funderName() == null && execution.getVariable(Vars.FUNDER_AMOUNT) != null) {
        violations.put(Vars.FUNDER_AMOUNT, "incubation.funder.invalid");
      }
      formRules.enforce(violations);
    }
  }

  /** Records the stage's facts, then asks committee-advice.dmn for its advice. */
  @Component("adviseCommitteeDelegate")
  static class AdviseCommitteeDelegate implements JavaDelegate {
    private final IncubationService projects;

    AdviseCommitteeDelegate(IncubationService projects) {
      this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
      projects.recordStageWork(execution.getProcessBusinessKey(), stageWork(execution));
      STAGE_FORM.forEach(execution::removeVariable);
      IncubationService.Advice advice = projects.advise(execution.getProcessBusinessKey());
      execution.getProcessInstance().setVariable(Vars.ADVICE, advice.advice());
      execution.getProcessInstance().setVariable(Vars.ADVICE_RATIONALE, advice.rationale());
    }
  }

  @Component("validateCommitteeDecisionListener")
  static class ValidateCommitteeDecisionListener implements ExecutionListener {
    private final FormRules formRules;

    ValidateCommitteeDecisionListener(FormRules formRules) {
      this.formRules = formRules;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      IncubationService.CommitteeDecision committee = committee(execution);
      if (committee.decision() == null) {
        formRules.enforce(Map.of(Vars.DECISION, "incubation.decision.required"));
      }
      if (committee.decision() == Decision.ABANDON
          && (committee.abandonReason() == null || committee.lessonsLearned() == null)) {
        formRules.enforce(Map.of(Vars.ABANDON_REASON, "incubation.abandon.incomplete"));
      }
    }
  }

  /** Records the decision with the advice; the process routes on the outcome. */
  @Component("recordCommitteeDecisionDelegate")
  static class RecordCommitteeDecisionDelegate implements JavaDelegate {
    private final IncubationService projects;
    private final MessageSource messages;

    RecordCommitteeDecisionDelegate(IncubationService projects, MessageSource messages) {
      this.projects = projects;
      this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
      IncubationService.CommitteeDecision committee = committee(execution);
      IncubationService.Outcome outcome = projects.decide(execution.getProcessBusinessKey(), committee,
          (String) execution.getVariable(Vars.ADVICE));
      COMMITTEE_FORM.forEach(execution::removeVariable);
      // a reworked stage starts again with the committee's remarks in front of the lead
      execution.getProcessInstance().setVariable(Vars.COMMITTEE_REMARKS, committee.remarks());
      execution.getProcessInstance().setVariable(Vars.OUTCOME, outcome.name());
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
      projects.recordAbandonment(execution.getProcessBusinessKey(), text(execution.getVariable(Vars.ABANDON_REASON)),
          text(execution.getVariable(Vars.LESSONS_LEARNED)));
    }
  }
}
