package fr.pcpe.workflow.incubation;

/** The {@code projectIncubation} process (processes/incubation/project-incubation.bpmn). Business key: the project's reference. */
public final class IncubationProcess {

  public static final String KEY = "projectIncubation";

  public static final String TASK_WORK = "userTask_workOnStage";
  public static final String TASK_CHECK_IN = "userTask_stageCheckIn";
  public static final String TASK_COMMITTEE = "userTask_committeeDecision";
  public static final String TASK_STALLED = "userTask_reviewStalledProject";
  public static final String END_CAPITALISED = "endEvent_projectCapitalised";
  public static final String END_ABANDONED = "endEvent_projectAbandoned";
  public static final String END_ABANDONED_ANYTIME = "endEvent_projectAbandonedAnytime";

  static final String ABANDON_MESSAGE = "projectAbandoned";

  public static final class Vars {
    public static final String PROJECT_NAME = "projectName";
    public static final String DESCRIPTION = "description";
    public static final String LEAD_USER_ID = "leadUserId";
    public static final String STAGE = "stage";
    public static final String STAGE_LABEL = "stageLabel";
    public static final String STAGE_SINCE = "stageSince";
    public static final String OUTCOME = "outcome";
    // the stage form
    public static final String TERRITORY = "territory";
    public static final String BUDGET = "budget";
    public static final String PARTNER_NAME = "partnerName";
    public static final String PARTNER_COMMITTED = "partnerCommitted";
    public static final String FUNDER_NAME = "funderName";
    public static final String FUNDER_AMOUNT = "funderAmount";
    // the committee
    public static final String ADVICE = "advice";
    public static final String ADVICE_RATIONALE = "adviceRationale";
    public static final String DECISION = "decision";
    public static final String REMARKS = "remarks";
    /** The last committee's remarks, shown in the next stage form. */
    public static final String COMMITTEE_REMARKS = "committeeRemarks";
    public static final String ABANDON_REASON = "abandonReason";
    public static final String LESSONS_LEARNED = "lessonsLearned";

    private Vars() {
    }
  }

  private IncubationProcess() {
  }
}
