package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.ProcessVariable;
import fr.pcpe.workflow.incubation.IncubationProcess.Vars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the listeners and delegates of project-incubation.bpmn share: the stage shown, the committee read, the start
 * form.
 */
final class IncubationSteps {

  static final List<ProcessVariable<?>> STAGE_FORM = List.of(Vars.TERRITORY, Vars.BUDGET, Vars.PARTNER_NAME,
      Vars.PARTNER_COMMITTED, Vars.FUNDER_NAME, Vars.FUNDER_AMOUNT);
  static final List<ProcessVariable<?>> COMMITTEE_FORM = List.of(Vars.DECISION, Vars.REMARKS);

  private IncubationSteps() {
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

}
