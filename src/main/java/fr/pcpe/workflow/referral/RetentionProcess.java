package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.common.ProcessVariable.date;
import static fr.pcpe.workflow.common.ProcessVariable.enumVar;
import static fr.pcpe.workflow.common.ProcessVariable.flag;
import static fr.pcpe.workflow.common.ProcessVariable.integer;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ProcessVariable;
import fr.pcpe.workflow.system.engine.CopiedFromRecords;
import java.time.LocalDate;

/**
 * The {@code hireRetention} process (processes/referral/hire-retention.bpmn): one and six months after a hire
 * starts, the employer says whether the person is still employed and how it goes (in Tasklist or by the link of
 * an email, reminded like the referral's decisions); a departure is told to the candidate's structure, which may
 * restart a follow-up in one step. Business key: the referral's reference; the employer's tasks show the
 * referral's variables ({@link ReferralProcess.Vars#CANDIDATE_NAME}, drive title, employer context).
 */
public final class RetentionProcess {

  public static final String KEY = "hireRetention";

  public static final String TIMER_CHECK_DUE = "timer_checkDue";
  public static final String TASK_CHECK = "userTask_checkRetention";
  public static final String TIMER_CHECK_EXPIRES = "timer_checkExpires";
  public static final String TASK_RESTART = "userTask_restartFollowUp";
  public static final String TIMER_RESTART_EXPIRES = "timer_restartExpires";
  public static final String END_RESTART_UNANSWERED = "endEvent_restartUnanswered";
  public static final String END_STILL_EMPLOYED = "endEvent_stillEmployed";
  public static final String END_RESTARTED = "endEvent_followUpRestarted";
  public static final String END_NOT_RESTARTED = "endEvent_notRestarted";

  /** How many months after the start of the job the employer is asked. */
  public static final int FIRST_CHECK = 1;
  public static final int LAST_CHECK = 6;

  /** The answers to the employer's form. */
  public enum EmploymentStatus { STILL_EMPLOYED, LEFT }

  /** What the structure decides after a departure. */
  public enum Restart { RESTART, NO_RESTART }

  public static final class Vars {
    public static final ProcessVariable<LocalDate> HIRE_START_DATE = ReferralProcess.Vars.HIRE_START_DATE;
    /** The check's month (an element of the multi-instance): 1, then 6. */
    public static final ProcessVariable<Integer> MONTHS_AFTER_START = integer("monthsAfterStart");
    /** Whether a check said that the person left: the checks stop, the structure is told. */
    public static final ProcessVariable<Boolean> PERSON_LEFT = flag("personLeft");
    public static final ProcessVariable<String> STRUCTURE_GROUP_ID = text("structureGroupId");
    public static final ProcessVariable<String> STRUCTURE_HEADS_GROUP_ID = text("structureHeadsGroupId");

    // the employer's form (removed once recorded, so that the next check's form starts empty)
    public static final ProcessVariable<EmploymentStatus> EMPLOYMENT_STATUS = enumVar("employmentStatus",
        EmploymentStatus.class);
    public static final ProcessVariable<LocalDate> LEFT_ON = date("leftOn");
    public static final ProcessVariable<Satisfaction> SATISFACTION = enumVar("satisfaction", Satisfaction.class);
    public static final ProcessVariable<String> RETENTION_COMMENT = text("retentionComment");

    // the structure's form after a departure
    /** What the structure reads: when the person left, what the employer said. */
    public static final ProcessVariable<String> DEPARTURE_CONTEXT = text("departureContext");
    public static final ProcessVariable<Object> REFERENT_OPTIONS = ProcessVariable.shown("referentOptions");
    public static final ProcessVariable<Restart> RESTART_DECISION = enumVar("restartDecision", Restart.class);
    public static final ProcessVariable<String> NEW_REFERENT_ID = text("newReferentId");

    private Vars() {
    }
  }

  /** What the process copies from the referral's and the hire's rows when it starts (no form writes these). */
  public static final CopiedFromRecords COPIED_FROM_RECORDS = CopiedFromRecords.of(KEY,
      ReferralProcess.Vars.EMPLOYER_GROUP_ID, ReferralProcess.Vars.REFERRAL_SUBJECT, ReferralProcess.Vars.CANDIDATE_NAME,
      ReferralProcess.Vars.DRIVE_TITLE, Vars.HIRE_START_DATE, Vars.STRUCTURE_GROUP_ID, Vars.STRUCTURE_HEADS_GROUP_ID);

  private RetentionProcess() {
  }
}
