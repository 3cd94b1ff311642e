package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.followup.PauseProcess.Vars.FOLLOW_UP_REFERENCE;
import static fr.pcpe.workflow.followup.PauseProcess.Vars.PAUSE_REASON;
import static fr.pcpe.workflow.followup.PauseProcess.Vars.RESUME_DATE;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.followup.FollowUpForms.PauseForm;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener of follow-up-pause.bpmn (Tasklist's start form): pauses the follow-up if the user may
 * (PCPE staff, or the candidate's structure and its heads); a refusal changes nothing.
 */
@Component
class PauseFollowUpListener extends FormCheck<PauseForm> {

  private final FollowUpService followUps;

  PauseFollowUpListener(FollowUpService followUps, FormRules rules) {
    super(rules);
    this.followUps = followUps;
  }

  @Override
  protected PauseForm read(DelegateExecution execution) {
    return new PauseForm(FOLLOW_UP_REFERENCE.from(execution), PAUSE_REASON.from(execution), RESUME_DATE.from(execution));
  }

  @Override
  protected Map<String, String> violations(PauseForm pause, LocalDate today) {
    return pause.violations(today);
  }

  @Override
  protected void accepted(PauseForm pause, DelegateExecution execution) {
    try {
      followUps.pause(pause.reference() == null ? "" : pause.reference(), pause.reason(), pause.resumeDate());
      execution.setProcessBusinessKey(pause.reference());
    } catch (NotFoundException | ConflictException refused) {
      refuse(FOLLOW_UP_REFERENCE, refused.getMessage());
    }
  }
}
