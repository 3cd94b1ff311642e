package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.common.ProcessVariable.date;
import static fr.pcpe.workflow.common.ProcessVariable.enumVar;
import static fr.pcpe.workflow.common.ProcessVariable.ids;
import static fr.pcpe.workflow.common.ProcessVariable.shown;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ProcessVariable;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code reconnectionMeeting} process (processes/followup/reconnection-meeting.bpmn), started from
 * Tasklist's start form. Business key: the meeting's reference.
 */
public final class ReconnectionProcess {

  public static final String KEY = "reconnectionMeeting";

  public static final String TASK_RECORD = "userTask_recordReconnection";

  public static final class Vars {
    public static final ProcessVariable<LocalDate> MEETING_DATE = date("meetingDate");
    public static final ProcessVariable<String> VENUE = text("venue");
    public static final ProcessVariable<Level> MINIMUM_LEVEL = enumVar("minimumLevel", Level.class);
    /** Optional: only this structure's follow-ups (its group id). */
    public static final ProcessVariable<String> STRUCTURE = text("structure");
    public static final ProcessVariable<Object> PARTICIPANT_OPTIONS = shown("participantOptions");
    /** The invitations (ids) of those who came. */
    public static final ProcessVariable<List<Long>> PRESENT = ids("present");

    private Vars() {
    }
  }

  private ReconnectionProcess() {
  }
}
