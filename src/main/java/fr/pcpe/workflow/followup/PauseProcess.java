package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.common.ProcessVariable.date;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ProcessVariable;
import java.time.LocalDate;

/**
 * The {@code followUpPause} process (processes/followup/follow-up-pause.bpmn): Tasklist's start form
 * that pauses a follow-up; its start listener does the pause, the instance ends at once.
 */
public final class PauseProcess {

  public static final String KEY = "followUpPause";

  public static final class Vars {
    public static final ProcessVariable<String> FOLLOW_UP_REFERENCE = text("followUpReference");
    public static final ProcessVariable<String> PAUSE_REASON = text("pauseReason");
    public static final ProcessVariable<LocalDate> RESUME_DATE = date("resumeDate");

    private Vars() {
    }
  }

  private PauseProcess() {
  }
}
