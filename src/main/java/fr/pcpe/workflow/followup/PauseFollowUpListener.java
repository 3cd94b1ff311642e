package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.common.FormValues.date;
import static fr.pcpe.workflow.common.FormValues.text;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.system.FormRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of follow-up-pause.bpmn (Tasklist's start form): pauses the follow-up if the user may
 * (PCPE staff, or the candidate's structure and its heads); a refusal changes nothing.
 */
@Component
class PauseFollowUpListener implements ExecutionListener {

  private final FollowUpService followUps;
  private final FormRules formRules;
  private final Clock clock;

  PauseFollowUpListener(FollowUpService followUps, FormRules formRules, Clock clock) {
    this.followUps = followUps;
    this.formRules = formRules;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String reference = text(execution.getVariable("followUpReference"));
    String reason = text(execution.getVariable("pauseReason"));
    LocalDate resume = date(execution.getVariable("resumeDate"));
    Map<String, String> violations = new LinkedHashMap<>();
    if (reason == null || reason.length() > 500 || resume == null || !resume.isAfter(LocalDate.now(clock))) {
      violations.put("pauseReason", "followUp.pause.invalid");
    }
    formRules.enforce(violations);
    try {
      followUps.pause(reference == null ? "" : reference, reason, resume);
      execution.setProcessBusinessKey(reference);
    } catch (NotFoundException | ConflictException refused) {
      formRules.refuse("followUpReference", refused.getMessage());
    }
  }
}
