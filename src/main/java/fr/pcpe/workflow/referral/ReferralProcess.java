package fr.pcpe.workflow.referral;

/**
 * The {@code candidateReferral} process (processes/referral/candidate-referral.bpmn): key, element ids
 * and variable names (the form field keys). Business key: the referral's reference.
 */
public final class ReferralProcess {

  public static final String KEY = "candidateReferral";

  public static final String TASK_PRESCREEN = "userTask_prescreenCandidate";
  public static final String END_REFUSED = "endEvent_referralRefused";
  public static final String TASK_DECIDE_INTERVIEW = "userTask_decideInterview";
  public static final String TIMER_EXPIRY = "timer_referralExpires";
  public static final String TASK_CHASE_EMPLOYER = "userTask_chaseEmployer";
  public static final String END_EXPIRED = "endEvent_referralExpired";
  public static final String TASK_CONFIRM_HIRE = "userTask_confirmHire";
  public static final String END_HIRED = "endEvent_candidateHired";
  public static final String ERROR_DRIVE_CLOSED = "error_driveClosed";
  public static final String END_NOT_HIRED = "endEvent_candidateNotHired";


  /** Message correlated (by business key) when the structure withdraws its candidate. */
  static final String WITHDRAWN_MESSAGE = "referralWithdrawn";

  /** BPMN error thrown when the drive no longer accepts hires. */
  static final String DRIVE_CLOSED_ERROR = "driveClosed";

  public static final class Vars {
    public static final String DRIVE_REFERENCE = "driveReference";
    public static final String EMPLOYER_GROUP_ID = "employerGroupId";
    public static final String STRUCTURE_GROUP_ID = "structureGroupId";
    public static final String CANDIDATE_NAME = "candidateName";

    public static final String PRESCREEN_DECISION = "prescreenDecision";
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String PRESCREEN_COMMENT = "prescreenComment";

    public static final String INTERVIEW_DECISION = "interviewDecision";
    public static final String INTERVIEW_DATE = "interviewDate";
    public static final String NOT_HIRED_REASON = "notHiredReason";

    public static final String HIRE_DECISION = "hireDecision";
    public static final String CONTRACT_TYPE = "contractType";
    public static final String HIRE_START_DATE = "hireStartDate";
    public static final String WEEKLY_HOURS = "weeklyHours";
    public static final String ADD_TO_POOL = "addToPool";

    public static final String WITHDRAWAL_COMMENT = "withdrawalComment";

    private Vars() {
    }
  }

  private ReferralProcess() {
  }
}
