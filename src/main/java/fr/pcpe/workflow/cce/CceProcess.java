package fr.pcpe.workflow.cce;

/** The {@code cafeContactEmploi} process (processes/cce/cafe-contact-emploi.bpmn). Business key: the CCE's reference. */
public final class CceProcess {

  public static final String KEY = "cafeContactEmploi";

  public static final String TASK_COLLECT_OFFERS = "userTask_collectOffers";
  public static final String TIMER_REMINDER = "timer_remindInvitees";
  public static final String TIMER_EVENT_DAY = "timer_eventDay";
  public static final String TASK_RECORD_ATTENDANCE = "userTask_recordAttendance";
  public static final String TIMER_REPORT_DUE = "timer_reportDue";

  public static final class Vars {
    public static final String CITY = "city";
    public static final String VENUE = "venue";
    public static final String AUDIENCE = "audience";
    public static final String EVENT_DATE = "eventDate";
    public static final String OFFER_OPTIONS = "offerOptions";
    public static final String OFFERS = "offers";
    /** The bulk attendance form's options, one per invitee: [{label, value: invitation id}]. */
    public static final String INVITEE_OPTIONS = "inviteeOptions";
    /** The bulk form's three lists of invitation ids: present, hired on the spot, shortlisted. */
    public static final String ATTENDEES = "attendees";
    public static final String HIRED = "hired";
    public static final String SHORTLISTED = "shortlisted";
    public static final String CCE_REPORT = "cceReport";

    private Vars() {
    }
  }

  private CceProcess() {
  }
}
