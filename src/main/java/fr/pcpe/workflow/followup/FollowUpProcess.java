package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.common.ProcessVariable.date;
import static fr.pcpe.workflow.common.ProcessVariable.enumVar;
import static fr.pcpe.workflow.common.ProcessVariable.flag;
import static fr.pcpe.workflow.common.ProcessVariable.instant;
import static fr.pcpe.workflow.common.ProcessVariable.shown;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ProcessVariable;
import fr.pcpe.workflow.system.engine.CopiedFromRecords;
import fr.pcpe.workflow.followup.FollowUpEnums.CheckIn;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Outcome;
import fr.pcpe.workflow.followup.FollowUpEnums.Proposal;
import fr.pcpe.workflow.followup.FollowUpEnums.Review;
import fr.pcpe.workflow.followup.FollowUpEnums.Step;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;

/**
 * The {@code cceFollowUp} process (processes/followup/cce-follow-up.bpmn) and the two it calls: the
 * escalation of a late step ({@code followUpEscalation}) and a pause ({@code followUpOnHold}). Business
 * key of all three: the follow-up's reference.
 */
public final class FollowUpProcess {

  public static final String KEY = "cceFollowUp";
  public static final String ESCALATION_KEY = "followUpEscalation";
  public static final String ON_HOLD_KEY = "followUpOnHold";

  public static final String TASK_MEET = "userTask_meetCandidate";
  public static final String TASK_PROPOSE = "userTask_makeProposal";
  public static final String TASK_CHECK_IN = "userTask_checkIn";

  /** A late step's task is raised above the engine's default priority, by 25 per level (Tasklist's "Suivis en retard"). */
  public static final int LATE_PRIORITY = Task.PRIORITY_NORMAL + 1;

  static int priorityOf(Level level) {
    return Task.PRIORITY_NORMAL + 25 * (level.ordinal() + 1);
  }

  static final String PAUSED_MESSAGE = "followUpPaused";
  static final String RESUMED_MESSAGE = "followUpResumed";
  static final String CLOSED_MESSAGE = "followUpClosed";

  /** followUpReview (processes/followup/follow-up-review.bpmn), started by this message, same business key. */
  public static final String REVIEW_KEY = "followUpReview";
  public static final String TASK_REVIEW = "userTask_reviewFollowUp";
  static final String REVIEW_MESSAGE = "followUpReviewNeeded";

  public static final class Vars {
    public static final ProcessVariable<String> REFERENT_ID = text("referentId");
    public static final ProcessVariable<String> STRUCTURE_GROUP_ID = text("structureGroupId");
    public static final ProcessVariable<String> CANDIDATE_NAME = text("candidateName");
    /** The follow-up's reference and, when a step is late, who has been alerted (on the step's task): shown in its forms. */
    public static final ProcessVariable<String> FOLLOW_UP_REFERENCE = text("followUpReference");
    public static final ProcessVariable<String> ESCALATION_LABEL = text("escalationLabel");
    /** What the referent has recorded so far and the last contact (Markdown), shown in the next forms. */
    public static final ProcessVariable<String> HISTORY = text("followUpHistory");
    /** When the current step's deadlines started counting (the CCE, the meeting, a resumption…). */
    public static final ProcessVariable<Date> STEP_STARTED_AT = instant("stepStartedAt");
    public static final ProcessVariable<Date> RESUME_AT = instant("resumeAt");
    /** Set by a check-in: an outcome, or the maximum duration, ends the follow-up. */
    public static final ProcessVariable<Boolean> FOLLOW_UP_CLOSED = flag("followUpClosed");

    // the deadlines, in words, for the forms (they are configurable)
    public static final ProcessVariable<String> MEET_DEADLINE = text("meetDeadline");
    public static final ProcessVariable<String> PROPOSAL_DEADLINE = text("proposalDeadline");
    public static final ProcessVariable<String> CHECK_IN_INTERVAL = text("checkInInterval");
    public static final ProcessVariable<String> MAX_DURATION = text("maxDuration");

    public static final ProcessVariable<LocalDate> MEETING_DATE = date("meetingDate");
    public static final ProcessVariable<String> MEETING_NOTES = text("meetingNotes");
    public static final ProcessVariable<Proposal> PROPOSAL_TYPE = enumVar("proposalType", Proposal.class);
    public static final ProcessVariable<String> PROPOSAL_DETAILS = text("proposalDetails");
    /** An offer of an open drive: the candidate is referred to it; the form lists them. */
    public static final ProcessVariable<String> PROPOSED_DRIVE = text("proposedDrive");
    public static final ProcessVariable<Object> DRIVE_OPTIONS = shown("driveOptions");
    public static final ProcessVariable<CheckIn> CHECK_IN_OUTCOME = enumVar("checkInOutcome", CheckIn.class);
    public static final ProcessVariable<String> CHECK_IN_NOTES = text("checkInNotes");
    /** A closure outside a check-in: its outcome and comment. */
    public static final ProcessVariable<Outcome> OUTCOME = enumVar("outcome", Outcome.class);
    public static final ProcessVariable<String> OUTCOME_COMMENT = text("outcomeComment");

    /** In {@code followUpReview}: what the coordinators see and decide. */
    public static final ProcessVariable<String> STRUCTURE_NAME = text("structureName");
    public static final ProcessVariable<String> REFERENT_NAME = text("referentName");
    public static final ProcessVariable<String> OUTCOME_LABEL = text("outcomeLabel");
    public static final ProcessVariable<Object> REFERENT_OPTIONS = shown("referentOptions");
    public static final ProcessVariable<Review> REVIEW_DECISION = enumVar("reviewDecision", Review.class);
    public static final ProcessVariable<String> NEW_REFERENT_ID = text("newReferentId");
    public static final ProcessVariable<String> REVIEW_COMMENT = text("reviewComment");

    /** In {@code followUpEscalation}: the late step. */
    public static final ProcessVariable<Step> STEP = enumVar("step", Step.class);
    /** The level of each alert, an input parameter in the earlier versions of {@code followUpEscalation} only. */
    public static final ProcessVariable<Level> LEVEL = enumVar("level", Level.class);

    private Vars() {
    }
  }

  private FollowUpProcess() {
  }

  /** Starts the follow-up: the referent must meet the candidate, the deadlines count from the CCE. */
  static void start(RuntimeService runtime, FollowUp followUp, Date eventStart, FollowUpDeadlines deadlines,
      String history) {
    Map<String, Object> variables = new HashMap<>(deadlines.inWords());
    Vars.REFERENT_ID.put(variables, followUp.getReferentUserId());
    Vars.STRUCTURE_GROUP_ID.put(variables, followUp.getStructure().getGroupId());
    Vars.STEP_STARTED_AT.put(variables, eventStart);
    Vars.CANDIDATE_NAME.put(variables, followUp.getCandidate().fullName());
    Vars.FOLLOW_UP_REFERENCE.put(variables, followUp.getReference());
    Vars.HISTORY.put(variables, history);
    runtime.startProcessInstanceByKey(KEY, followUp.getReference(), variables);
  }

  /** What the process copies from the follow-up's row when it starts (no form writes these). */
  public static final CopiedFromRecords COPIED_FROM_RECORDS = CopiedFromRecords.of(KEY, Vars.STRUCTURE_GROUP_ID,
      Vars.CANDIDATE_NAME, Vars.FOLLOW_UP_REFERENCE, Vars.HISTORY);
}
