package fr.pcpe.workflow.drive;

/**
 * The {@code recruitmentDrive} process (processes/drive/recruitment-drive.bpmn): its key, the element
 * ids code refers to, and its variable names, which are also the form field keys.
 */
public final class DriveProcess {

  public static final String KEY = "recruitmentDrive";

  public static final String TASK_ONBOARD_EMPLOYER = "userTask_onboardEmployer";
  public static final String TASK_REGISTER_EMPLOYER = "serviceTask_registerEmployer";
  public static final String TASK_AGREE_DRIVE = "userTask_agreeDrive";
  public static final String TASK_MONITOR_DRIVE = "userTask_monitorDrive";
  public static final String TASK_ANSWER_MOBILIZATION = "userTask_answerMobilization";
  public static final String TIMER_DEADLINE = "timer_driveDeadline";
  public static final String MESSAGE_TARGET_REACHED = "message_driveTargetReached";
  public static final String TASK_REVIEW_CLOSING_REPORT = "userTask_reviewClosingReport";
  public static final String END_DRIVE_CLOSED = "endEvent_driveClosed";

  /** Message correlated (by business key) when the hires reach the target. */
  public static final String TARGET_REACHED_MESSAGE = "driveTargetReached";

  /** Variables written by the onboarding form. */
  public static final class Vars {
    public static final String EMPLOYER_NAME = "employerName";
    public static final String SIRET = "siret";
    public static final String SECTOR = "sector";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String NEED_DESCRIPTION = "needDescription";

    // the agreement form
    public static final String JOB_TITLE = "jobTitle";
    public static final String ROME_CODE = "romeCode";
    public static final String CONTRACT_TYPE = "contractType";
    public static final String POSITIONS = "positions";
    public static final String START_DATE = "startDate";
    public static final String PLACE = "place";
    public static final String PREREQUISITES = "prerequisites";
    public static final String TARGET_HIRES = "targetHires";
    public static final String DEADLINE = "deadline";
    public static final String MONTHLY_RHYTHM = "monthlyRhythm";
    /** The structures to mobilize (their group ids), chosen among {@link #STRUCTURE_OPTIONS}. */
    public static final String MOBILIZED_STRUCTURES = "mobilizedStructures";
    /** JSON options [{label, value}] of the agreement form's structure list. */
    public static final String STRUCTURE_OPTIONS = "structureOptions";

    // one mobilization (multi-instance element variable) and the structure's answer
    public static final String STRUCTURE_GROUP_ID = "structureGroupId";
    public static final String MOBILIZATION_DECISION = "mobilizationDecision";
    public static final String COMMITTED_CANDIDATES = "committedCandidates";
    public static final String MOBILIZATION_COMMENT = "mobilizationComment";
    /** Commitments against the target, shown to the coordinator (Markdown). */
    public static final String MOBILIZATION_SUMMARY = "mobilizationSummary";

    /** The monitoring form: the coordinator closes the drive early. */
    public static final String CLOSE_CONFIRMED = "closeConfirmed";

    /** The deadline as the instant the deadline timer fires (end of the day, Paris time). */
    public static final String DEADLINE_AT = "deadlineAt";
    /** The closing report shown in the last task, as Markdown. */
    public static final String CLOSING_REPORT = "closingReport";

    private Vars() {
    }
  }

  private DriveProcess() {
  }
}
