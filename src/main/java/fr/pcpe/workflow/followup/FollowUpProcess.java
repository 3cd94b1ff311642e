package fr.pcpe.workflow.followup;

/** The {@code cceFollowUp} process (processes/followup/cce-follow-up.bpmn). Business key: the follow-up's reference. */
public final class FollowUpProcess {

  public static final String KEY = "cceFollowUp";

  public static final String TASK_MEET = "userTask_meetCandidate";
  public static final String TASK_PROPOSE = "userTask_makeProposal";
  public static final String TASK_CHECK_IN = "userTask_checkIn";

  static final String PAUSED_MESSAGE = "followUpPaused";
  static final String RESUMED_MESSAGE = "followUpResumed";
  static final String CLOSED_MESSAGE = "followUpClosed";

  public static final class Vars {
    public static final String REFERENT_ID = "referentId";
    public static final String STRUCTURE_GROUP_ID = "structureGroupId";
    public static final String CURRENT_STEP = "currentStep";
    /** When the current step's deadlines started counting (the CCE, the meeting, a resumption…). */
    public static final String STEP_STARTED_AT = "stepStartedAt";
    public static final String RESUME_AT = "resumeAt";
    public static final String ESCALATION_LEVEL = "escalationLevel";
    /** Input parameter of the escalation service tasks. */
    static final String LEVEL = "level";
    public static final String CANDIDATE_NAME = "candidateName";

    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_NOTES = "meetingNotes";
    public static final String PROPOSAL_TYPE = "proposalType";
    public static final String PROPOSAL_DETAILS = "proposalDetails";
    public static final String CHECK_IN_OUTCOME = "checkInOutcome";
    public static final String CHECK_IN_NOTES = "checkInNotes";
    /** A closure outside a check-in: its outcome and comment. */
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_COMMENT = "outcomeComment";

    private Vars() {
    }
  }

  private FollowUpProcess() {
  }
}
