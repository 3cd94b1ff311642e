package fr.pcpe.workflow.incubation;

import static fr.pcpe.workflow.common.ProcessVariable.decimal;
import static fr.pcpe.workflow.common.ProcessVariable.enumVar;
import static fr.pcpe.workflow.common.ProcessVariable.flag;
import static fr.pcpe.workflow.common.ProcessVariable.instant;
import static fr.pcpe.workflow.common.ProcessVariable.integer;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ProcessVariable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The {@code projectIncubation} process (processes/incubation/project-incubation.bpmn). Business key: the project's reference. */
public final class IncubationProcess {

  public static final String KEY = "projectIncubation";

  public static final String TASK_WORK = "userTask_workOnStage";
  public static final String DECISION_COMMITTEE_ADVICE = "businessRuleTask_committeeAdvice";
  public static final String TASK_CHECK_IN = "userTask_stageCheckIn";
  public static final String TASK_COMMITTEE = "userTask_committeeDecision";
  public static final String TASK_STALLED = "userTask_reviewStalledProject";
  public static final String END_CAPITALISED = "endEvent_projectCapitalised";
  public static final String END_ABANDONED = "endEvent_projectAbandoned";
  public static final String END_ABANDONED_ANYTIME = "endEvent_projectAbandonedAnytime";

  static final String ABANDON_MESSAGE = "projectAbandoned";

  public static final class Vars {
    public static final ProcessVariable<String> PROJECT_NAME = text("projectName");
    /** The project's reference, shown in its forms. */
    public static final ProcessVariable<String> PROJECT_REFERENCE = text("projectReference");
    public static final ProcessVariable<String> DESCRIPTION = text("description");
    public static final ProcessVariable<String> LEAD_USER_ID = text("leadUserId");
    public static final ProcessVariable<IncubationEnums.Stage> STAGE = enumVar("stage", IncubationEnums.Stage.class);
    public static final ProcessVariable<String> STAGE_LABEL = text("stageLabel");
    public static final ProcessVariable<Date> STAGE_SINCE = instant("stageSince");
    public static final ProcessVariable<IncubationService.Outcome> OUTCOME = enumVar("outcome", IncubationService.Outcome.class);
    // the stage form
    public static final ProcessVariable<String> TERRITORY = text("territory");
    public static final ProcessVariable<BigDecimal> BUDGET = decimal("budget");
    public static final ProcessVariable<String> PARTNER_NAME = text("partnerName");
    public static final ProcessVariable<Boolean> PARTNER_COMMITTED = flag("partnerCommitted");
    public static final ProcessVariable<String> FUNDER_NAME = text("funderName");
    public static final ProcessVariable<BigDecimal> FUNDER_AMOUNT = decimal("funderAmount");
    // the committee
    public static final ProcessVariable<String> ADVICE = text("advice");
    public static final ProcessVariable<String> ADVICE_RATIONALE = text("adviceRationale");
    public static final ProcessVariable<IncubationEnums.Decision> DECISION = enumVar("decision", IncubationEnums.Decision.class);
    public static final ProcessVariable<String> REMARKS = text("remarks");
    /** The last committee's remarks, shown in the next stage form. */
    public static final ProcessVariable<String> COMMITTEE_REMARKS = text("committeeRemarks");
    /** The facts committee-advice.dmn decides on, recorded with the stage's work. */
    public static final ProcessVariable<Boolean> LEAD_NAMED = flag("leadNamed");
    public static final ProcessVariable<Boolean> TERRITORY_FOUND = flag("territoryFound");
    public static final ProcessVariable<Integer> COMMITTED_PARTNERS = integer("committedPartners");
    public static final ProcessVariable<Integer> BUDGET_SECURED_SHARE = integer("budgetSecuredShare");
    // the delays the forms mention, in words (they are configurable)
    public static final ProcessVariable<String> CHECK_IN_EVERY = text("checkInEvery");
    public static final ProcessVariable<String> STALLED_AFTER = text("stalledAfter");
    public static final ProcessVariable<String> ABANDON_REASON = text("abandonReason");
    public static final ProcessVariable<String> LESSONS_LEARNED = text("lessonsLearned");

    private Vars() {
    }
  }

  private IncubationProcess() {
  }

  /** Starts a project from its start form's values; the start listener checks them and records it. */
  public static ProcessInstance start(RuntimeService runtime, String name, String description, String leadUserId) {
    Map<String, Object> variables = new HashMap<>();
    Vars.PROJECT_NAME.put(variables, name);
    Vars.DESCRIPTION.put(variables, description);
    Vars.LEAD_USER_ID.put(variables, leadUserId);
    return runtime.startProcessInstanceByKey(KEY, variables);
  }
}
