package fr.pcpe.workflow.cce;

import static fr.pcpe.workflow.common.ProcessVariable.date;
import static fr.pcpe.workflow.common.ProcessVariable.ids;
import static fr.pcpe.workflow.common.ProcessVariable.shown;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ProcessVariable;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The {@code cafeContactEmploi} process (processes/cce/cafe-contact-emploi.bpmn). Business key: the CCE's reference. */
public final class CceProcess {

  public static final String KEY = "cafeContactEmploi";

  public static final String TASK_COLLECT_OFFERS = "userTask_collectOffers";
  public static final String TIMER_REMINDER = "timer_remindInvitees";
  public static final String TIMER_EVENT_DAY = "timer_eventDay";
  public static final String TASK_RECORD_ATTENDANCE = "userTask_recordAttendance";
  public static final String TIMER_REPORT_DUE = "timer_reportDue";

  public static final class Vars {
    public static final ProcessVariable<String> CITY = text("city");
    public static final ProcessVariable<String> VENUE = text("venue");
    public static final ProcessVariable<String> AUDIENCE = text("audience");
    public static final ProcessVariable<LocalDate> EVENT_DATE = date("eventDate");
    public static final ProcessVariable<Object> OFFER_OPTIONS = shown("offerOptions");
    public static final ProcessVariable<List<Long>> OFFERS = ids("offers");
    /** The bulk attendance form's options, one per invitee: [{label, value: invitation id}]. */
    public static final ProcessVariable<Object> INVITEE_OPTIONS = shown("inviteeOptions");
    /** The bulk form's three lists of invitation ids: present, hired on the spot, shortlisted. */
    public static final ProcessVariable<List<Long>> ATTENDEES = ids("attendees");
    public static final ProcessVariable<List<Long>> HIRED = ids("hired");
    public static final ProcessVariable<List<Long>> SHORTLISTED = ids("shortlisted");
    public static final ProcessVariable<String> CCE_REPORT = text("cceReport");

    private Vars() {
    }
  }

  private CceProcess() {
  }

  /** Starts a CCE; its record and reference are created by the process's start listener. */
  public static ProcessInstance start(RuntimeService runtime) {
    return runtime.startProcessInstanceByKey(KEY);
  }
}
