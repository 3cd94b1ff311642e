package fr.pcpe.workflow.visit;

import static fr.pcpe.workflow.common.ProcessVariable.date;
import static fr.pcpe.workflow.common.ProcessVariable.flag;
import static fr.pcpe.workflow.common.ProcessVariable.ids;
import static fr.pcpe.workflow.common.ProcessVariable.integer;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ProcessVariable;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code learningVisit} process (processes/visit/learning-visit.bpmn): planned from Tasklist's start form, the
 * invitations sent, the invitees reminded two days before, the coordination's record the morning after.
 * Business key: the visit's reference.
 */
public final class VisitProcess {

  public static final String KEY = "learningVisit";
  public static final String TIMER_REMINDER = "timer_visitReminder";
  public static final String TIMER_HELD = "timer_visitHeld";
  public static final String TASK_RECORD = "userTask_recordVisit";
  public static final String END_RECORDED = "endEvent_visitRecorded";

  public static final class Vars {
    // the start form
    public static final ProcessVariable<String> THEME = text("visitTheme");
    public static final ProcessVariable<String> HOST = text("visitHost");
    public static final ProcessVariable<LocalDate> DAY = date("visitDay");
    public static final ProcessVariable<Integer> PLACES = integer("visitPlaces");
    public static final ProcessVariable<Boolean> INVITE_STRUCTURES = flag("inviteStructures");
    /** Outside guests, one per line: "Prénom Nom, adresse e-mail". */
    public static final ProcessVariable<String> GUESTS = text("visitGuests");

    /** Whom the tasks are about, in their names: the theme and the host. */
    public static final ProcessVariable<String> SUBJECT = text("visitSubject");
    /** What the record form reads: the visit and its replies. */
    public static final ProcessVariable<String> CONTEXT = text("visitContext");
    public static final ProcessVariable<Object> ATTENDEE_OPTIONS = ProcessVariable.shown("attendeeOptions");

    // the record form
    public static final ProcessVariable<List<Long>> ATTENDEE_IDS = ids("attendeeIds");
    public static final ProcessVariable<String> TAKEAWAYS = text("visitTakeaways");

    private Vars() {
    }
  }

  private VisitProcess() {
  }
}
