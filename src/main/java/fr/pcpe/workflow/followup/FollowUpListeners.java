package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.common.FormValues.date;
import static fr.pcpe.workflow.common.FormValues.enumValue;
import static fr.pcpe.workflow.common.FormValues.text;

import fr.pcpe.workflow.followup.FollowUpEnums.Proposal;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import fr.pcpe.workflow.system.FormRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listeners of the follow-up's tasks: the server checks what the referent submitted (docs/adr/0002). */
final class FollowUpListeners {

  private FollowUpListeners() {
  }

  @Component("validateMeetingListener")
  static class ValidateMeetingListener implements ExecutionListener {
    private final FormRules formRules;
    private final Clock clock;

    ValidateMeetingListener(FormRules formRules, Clock clock) {
      this.formRules = formRules;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      LocalDate met = date(execution.getVariable(Vars.MEETING_DATE));
      if (!execution.isCanceled() && (met == null || met.isAfter(LocalDate.now(clock)))) {
        formRules.enforce(Map.of(Vars.MEETING_DATE, "followUp.meetingDate.invalid"));
      }
    }
  }

  @Component("validateProposalListener")
  static class ValidateProposalListener implements ExecutionListener {
    private final FormRules formRules;

    ValidateProposalListener(FormRules formRules) {
      this.formRules = formRules;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      Map<String, String> violations = new LinkedHashMap<>();
      if (enumValue(Proposal.class, execution.getVariable(Vars.PROPOSAL_TYPE)) == null) {
        violations.put(Vars.PROPOSAL_TYPE, "followUp.proposalType.required");
      }
      String details = text(execution.getVariable(Vars.PROPOSAL_DETAILS));
      if (details == null || details.length() > 500) {
        violations.put(Vars.PROPOSAL_DETAILS, "followUp.proposalDetails.required");
      }
      formRules.enforce(violations);
    }
  }

  @Component("validateCheckInListener")
  static class ValidateCheckInListener implements ExecutionListener {
    private final FormRules formRules;

    ValidateCheckInListener(FormRules formRules) {
      this.formRules = formRules;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (!execution.isCanceled()
          && enumValue(FollowUpEnums.CheckIn.class, execution.getVariable(Vars.CHECK_IN_OUTCOME)) == null) {
        formRules.enforce(Map.of(Vars.CHECK_IN_OUTCOME, "followUp.checkInOutcome.required"));
      }
    }
  }
}
