package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.common.ProcessVariable.date;
import static fr.pcpe.workflow.common.ProcessVariable.enumVar;
import static fr.pcpe.workflow.common.ProcessVariable.flag;
import static fr.pcpe.workflow.common.ProcessVariable.integer;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.ProcessVariable;
import fr.pcpe.workflow.drive.RecruitmentDrive;
import fr.pcpe.workflow.referral.ReferralDecisions.HireOutcome;
import fr.pcpe.workflow.referral.ReferralDecisions.Interview;
import fr.pcpe.workflow.referral.ReferralDecisions.Prescreen;
import fr.pcpe.workflow.system.engine.CopiedFromRecords;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The {@code candidateReferral} process (processes/referral/candidate-referral.bpmn): key, element ids
 * and typed variables (their names are the form field keys). Business key: the referral's reference.
 */
public final class ReferralProcess {

  public static final String KEY = "candidateReferral";

  public static final String TASK_PRESCREEN = "userTask_prescreenCandidate";
  public static final String END_REFUSED = "endEvent_referralRefused";
  public static final String TASK_DECIDE_INTERVIEW = "userTask_decideInterview";
  public static final String TIMER_EXPIRY = "timer_referralExpires";
  public static final String TASK_CHASE_EMPLOYER = "userTask_chaseEmployer";
  public static final String END_EXPIRED = "endEvent_referralExpired";
  public static final String TIMER_INTERVIEW_HELD = "timer_interviewHeld";
  public static final String TASK_CONFIRM_HIRE = "userTask_confirmHire";
  public static final String TASK_CHASE_HIRE = "userTask_chaseHire";
  public static final String TIMER_HIRE_EXPIRES = "timer_hireExpires";
  public static final String END_HIRE_EXPIRED = "endEvent_hireExpired";
  public static final String END_HIRED = "endEvent_candidateHired";
  public static final String ERROR_DRIVE_CLOSED = "error_driveClosed";
  public static final String END_NOT_HIRED = "endEvent_candidateNotHired";

  /** Message correlated (by business key) when the structure withdraws its candidate. */
  static final String WITHDRAWN_MESSAGE = "referralWithdrawn";

  /** BPMN error thrown when the drive no longer accepts hires. */
  static final String DRIVE_CLOSED_ERROR = "driveClosed";

  public static final class Vars {
    /** The drive chosen in the start form of a structure (the referral's row holds it once recorded). */
    public static final ProcessVariable<String> DRIVE_REFERENCE = text("driveReference");
    public static final ProcessVariable<String> EMPLOYER_GROUP_ID = text("employerGroupId");
    /** Who the tasks are about, in their names: the candidate, for this employer ("Awa Diallo, LogiNord"). */
    public static final ProcessVariable<String> REFERRAL_SUBJECT = text("referralSubject");
    /** The candidate's name, as the forms greet them ("Awa Diallo"). */
    public static final ProcessVariable<String> CANDIDATE_NAME = text("candidateName");
    /** The drive as people know it: the job and the employer ("Préparateur de commandes chez LogiNord"). */
    public static final ProcessVariable<String> DRIVE_TITLE = text("driveTitle");
    /** What the PCPE reads before deciding (Markdown): reference, structure, commune, situation, comment. */
    public static final ProcessVariable<String> REFERRAL_CONTEXT = text("referralContext");
    /** What the employer reads: the same without what is the network's business only (social benefits). */
    public static final ProcessVariable<String> EMPLOYER_CONTEXT = text("employerContext");

    // the start form of a structure (the candidate's data leaves the process once recorded)
    public static final ProcessVariable<String> FIRST_NAME = text("firstName");
    public static final ProcessVariable<String> LAST_NAME = text("lastName");
    public static final ProcessVariable<String> EMAIL = text("email");
    public static final ProcessVariable<String> PHONE = text("phone");
    public static final ProcessVariable<String> CITY = text("city");
    public static final ProcessVariable<LocalDate> BIRTH_DATE = date("birthDate");
    public static final ProcessVariable<Boolean> RSA_BENEFICIARY = flag("rsaBeneficiary");
    public static final ProcessVariable<Boolean> CONSENT = flag("consent");
    /** The person agrees to be asked by email whether their referent contacted them. */
    public static final ProcessVariable<Boolean> CONTACT_CONSENT = flag("contactConsent");
    public static final ProcessVariable<String> REFERRAL_COMMENT = text("referralComment");

    public static final ProcessVariable<Prescreen> PRESCREEN_DECISION = enumVar("prescreenDecision", Prescreen.class);
    public static final ProcessVariable<RefusalReason> REFUSAL_REASON = enumVar("refusalReason", RefusalReason.class);
    public static final ProcessVariable<String> PRESCREEN_COMMENT = text("prescreenComment");

    public static final ProcessVariable<Interview> INTERVIEW_DECISION = enumVar("interviewDecision", Interview.class);
    public static final ProcessVariable<LocalDate> INTERVIEW_DATE = date("interviewDate");
    public static final ProcessVariable<RefusalReason> NOT_HIRED_REASON = enumVar("notHiredReason", RefusalReason.class);

    public static final ProcessVariable<HireOutcome> HIRE_DECISION = enumVar("hireDecision", HireOutcome.class);
    public static final ProcessVariable<ContractType> CONTRACT_TYPE = enumVar("contractType", ContractType.class);
    public static final ProcessVariable<LocalDate> HIRE_START_DATE = date("hireStartDate");
    public static final ProcessVariable<Integer> WEEKLY_HOURS = integer("weeklyHours");
    public static final ProcessVariable<Boolean> ADD_TO_POOL = flag("addToPool");

    public static final ProcessVariable<String> WITHDRAWAL_COMMENT = text("withdrawalComment");

    private Vars() {
    }
  }

  /** What the process copies from the referral's row when it starts (no form writes these). */
  public static final CopiedFromRecords COPIED_FROM_RECORDS = CopiedFromRecords.of(KEY, Vars.EMPLOYER_GROUP_ID,
      Vars.REFERRAL_SUBJECT, Vars.CANDIDATE_NAME, Vars.DRIVE_TITLE, Vars.REFERRAL_CONTEXT, Vars.EMPLOYER_CONTEXT);

  private ReferralProcess() {
  }

  /**
   * The few variables that route a referral's process and name its tasks: who decides, about whom, and what
   * they read (the drive, the structure and the rest are on the referral's row, found by the business key).
   */
  static Map<String, Object> routing(Referral referral, Messages messages) {
    Map<String, Object> variables = new HashMap<>();
    RecruitmentDrive drive = referral.getDrive();
    String candidate = referral.getCandidate().fullName();
    String city = referral.getCandidate().getCity() == null ? "—" : referral.getCandidate().getCity();
    String comment = referral.getSubmissionComment() == null ? "—" : referral.getSubmissionComment();
    String duplicate = referral.getCandidate().isPossibleDuplicate()
        ? "\n\n" + messages.say("referral.context.duplicate") : "";
    Vars.EMPLOYER_GROUP_ID.put(variables, drive.getEmployer().getGroupId());
    Vars.REFERRAL_SUBJECT.put(variables, candidate + ", " + drive.getEmployer().getName());
    Vars.CANDIDATE_NAME.put(variables, candidate);
    Vars.DRIVE_TITLE.put(variables, messages.say("referral.driveTitle",
        drive.getJobOffer().getTitle(), drive.getEmployer().getName()));
    Vars.REFERRAL_CONTEXT.put(variables, messages.say("referral.context",
        referral.getReference(), referral.getStructure().getName(), city,
        messages.say(referral.getCandidate().isRsaBeneficiary() ? "referral.context.rsa" : "referral.context.notRsa"),
        comment) + duplicate);
    Vars.EMPLOYER_CONTEXT.put(variables, messages.say("referral.employerContext",
        referral.getReference(), referral.getStructure().getName(), city, comment));
    return variables;
  }

  /** Starts the process of a referral just recorded, its reference as business key. */
  static void start(RuntimeService runtime, Referral referral, Messages messages) {
    runtime.startProcessInstanceByKey(KEY, referral.getReference(), routing(referral, messages));
  }
}
