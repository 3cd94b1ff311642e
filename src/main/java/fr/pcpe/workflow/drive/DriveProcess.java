package fr.pcpe.workflow.drive;

import static fr.pcpe.workflow.common.ProcessVariable.date;
import static fr.pcpe.workflow.common.ProcessVariable.enumVar;
import static fr.pcpe.workflow.common.ProcessVariable.flag;
import static fr.pcpe.workflow.common.ProcessVariable.instant;
import static fr.pcpe.workflow.common.ProcessVariable.integer;
import static fr.pcpe.workflow.common.ProcessVariable.list;
import static fr.pcpe.workflow.common.ProcessVariable.shown;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.common.ProcessVariable;
import fr.pcpe.workflow.employer.Sector;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

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
  public static final String TIMER_MONTHLY_CHECK = "timer_monthlyCheck";
  public static final String TASK_REVIEW_RHYTHM = "userTask_reviewRhythm";
  public static final String END_DRIVE_CLOSED = "endEvent_driveClosed";

  /** Message correlated (by business key) when the hires reach the target. */
  public static final String TARGET_REACHED_MESSAGE = "driveTargetReached";

  /** Variables written by the onboarding form. */
  public static final class Vars {
    /** The drive's reference, shown in its forms. */
    public static final ProcessVariable<String> DRIVE_REFERENCE = text("driveReference");
    public static final ProcessVariable<String> EMPLOYER_NAME = text("employerName");
    /** The drive a new one starts from (its reference), chosen in the start form. */
    public static final ProcessVariable<String> TEMPLATE_DRIVE = text("templateDrive");
    public static final ProcessVariable<String> SIRET = text("siret");
    public static final ProcessVariable<Sector> SECTOR = enumVar("sector", Sector.class);
    public static final ProcessVariable<String> CONTACT_NAME = text("contactName");
    public static final ProcessVariable<String> CONTACT_EMAIL = text("contactEmail");
    public static final ProcessVariable<String> CONTACT_PHONE = text("contactPhone");
    public static final ProcessVariable<String> NEED_DESCRIPTION = text("needDescription");

    // the agreement form
    public static final ProcessVariable<String> JOB_TITLE = text("jobTitle");
    public static final ProcessVariable<String> ROME_CODE = text("romeCode");
    public static final ProcessVariable<ContractType> CONTRACT_TYPE = enumVar("contractType", ContractType.class);
    public static final ProcessVariable<Integer> POSITIONS = integer("positions");
    public static final ProcessVariable<LocalDate> START_DATE = date("startDate");
    public static final ProcessVariable<String> PLACE = text("place");
    public static final ProcessVariable<String> PREREQUISITES = text("prerequisites");
    public static final ProcessVariable<Integer> TARGET_HIRES = integer("targetHires");
    public static final ProcessVariable<LocalDate> DEADLINE = date("deadline");
    public static final ProcessVariable<Integer> MONTHLY_RHYTHM = integer("monthlyRhythm");
    /** The structures to mobilize (their group ids), chosen among {@link #STRUCTURE_OPTIONS}. */
    public static final ProcessVariable<List<String>> MOBILIZED_STRUCTURES = list("mobilizedStructures");
    /** JSON options [{label, value}] of the agreement form's structure list. */
    public static final ProcessVariable<Object> STRUCTURE_OPTIONS = shown("structureOptions");

    // one mobilization (multi-instance element variable) and the structure's answer
    public static final ProcessVariable<String> STRUCTURE_GROUP_ID = text("structureGroupId");
    public static final ProcessVariable<MobilizationAnswer.Decision> MOBILIZATION_DECISION = enumVar("mobilizationDecision", MobilizationAnswer.Decision.class);
    public static final ProcessVariable<Integer> COMMITTED_CANDIDATES = integer("committedCandidates");
    public static final ProcessVariable<String> MOBILIZATION_COMMENT = text("mobilizationComment");
    /** Commitments against the target, shown to the coordinator (Markdown). */
    public static final ProcessVariable<String> MOBILIZATION_SUMMARY = text("mobilizationSummary");

    /** The monitoring form: the coordinator closes the drive early. */
    public static final ProcessVariable<Boolean> CLOSE_CONFIRMED = flag("closeConfirmed");

    /** The deadline as the instant the deadline timer fires (end of the day, Paris time). */
    public static final ProcessVariable<Date> DEADLINE_AT = instant("deadlineAt");
    /** The closing report shown in the last task, as Markdown. */
    public static final ProcessVariable<String> CLOSING_REPORT = text("closingReport");
    /** The month just ended fell short of the drive's monthly rhythm; what it shows the coordination. */
    public static final ProcessVariable<Boolean> RHYTHM_SHORT = flag("rhythmShort");
    public static final ProcessVariable<String> RHYTHM_REPORT = text("rhythmReport");
    public static final ProcessVariable<String> RHYTHM_DECISION = text("rhythmDecision");

    private Vars() {
    }
  }

  private DriveProcess() {
  }

  /** Starts a drive for this employer; its record and reference are created by the process's start listener. */
  public static ProcessInstance start(RuntimeService runtime, String employerName) {
    return runtime.startProcessInstanceByKey(KEY, Map.of(Vars.EMPLOYER_NAME.name(), employerName));
  }
}
