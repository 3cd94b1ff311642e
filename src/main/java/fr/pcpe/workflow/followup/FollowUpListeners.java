package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listeners of the follow-up's tasks: the server checks what the referent submitted
 * (docs/adr/0002). The rules are in {@link FollowUpForms}.
 */
final class FollowUpListeners {

  private FollowUpListeners() {
  }

  @Component("validateMeetingListener")
  static class ValidateMeetingListener extends FormCheck<LocalDate> {
    ValidateMeetingListener(FormRules rules) {
      super(rules);
    }

    @Override
    protected LocalDate read(DelegateExecution execution) {
      return Vars.MEETING_DATE.from(execution);
    }

    @Override
    protected Map<String, String> violations(LocalDate met, LocalDate today) {
      return FollowUpForms.meeting(met, today);
    }
  }

  @Component("validateProposalListener")
  static class ValidateProposalListener extends FormCheck<FollowUpForms.ProposalForm> {
    ValidateProposalListener(FormRules rules) {
      super(rules);
    }

    @Override
    protected FollowUpForms.ProposalForm read(DelegateExecution execution) {
      return new FollowUpForms.ProposalForm(Vars.PROPOSAL_TYPE.from(execution), Vars.PROPOSAL_DETAILS.from(execution));
    }

    @Override
    protected Map<String, String> violations(FollowUpForms.ProposalForm proposal, LocalDate today) {
      return proposal.violations();
    }
  }

  @Component("validateCheckInListener")
  static class ValidateCheckInListener extends FormCheck<FollowUpEnums.CheckIn> {
    ValidateCheckInListener(FormRules rules) {
      super(rules);
    }

    @Override
    protected FollowUpEnums.CheckIn read(DelegateExecution execution) {
      return Vars.CHECK_IN_OUTCOME.from(execution);
    }

    @Override
    protected Map<String, String> violations(FollowUpEnums.CheckIn outcome, LocalDate today) {
      return outcome == null ? Map.of(Vars.CHECK_IN_OUTCOME.name(), "followUp.checkInOutcome.required") : Map.of();
    }
  }
}
