package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.CheckIn;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's checks of what a referent or a coordinator submits (docs/adr/0002), named as
 * cce-follow-up.bpmn and reconnection-meeting.bpmn call them; the rules are in {@link FollowUpForms}.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpFormChecks {

  @Bean
  FormCheck<LocalDate> validateMeetingListener(FormRules rules) {
    return FormCheck.of(rules, Vars.MEETING_DATE::from, FollowUpForms::meeting);
  }

  @Bean
  FormCheck<FollowUpForms.ProposalForm> validateProposalListener(FormRules rules) {
    return FormCheck.of(rules,
        execution -> new FollowUpForms.ProposalForm(Vars.PROPOSAL_TYPE.from(execution), Vars.PROPOSAL_DETAILS.from(execution)),
        (proposal, today) -> proposal.violations());
  }

  @Bean
  FormCheck<CheckIn> validateCheckInListener(FormRules rules) {
    return FormCheck.of(rules, Vars.CHECK_IN_OUTCOME::from, (outcome, today) -> outcome == null
        ? Map.of(Vars.CHECK_IN_OUTCOME.name(), "followUp.checkInOutcome.required") : Map.of());
  }

  /** Who came to a reconnection meeting: after the meeting, and only the invited. */
  @Bean
  FormCheck<ReconnectionDelegates.Outcome> validateReconnectionOutcomeListener(FormRules rules,
      ReconnectionService meetings) {
    return FormCheck.of(rules, execution -> {
      ReconnectionMeeting meeting = meetings.find(execution.getProcessBusinessKey());
      return new ReconnectionDelegates.Outcome(ReconnectionProcess.Vars.PRESENT.from(execution),
          meeting.getInvitations().stream().map(ReconnectionMeeting.Invitation::getId).toList(),
          meeting.getMeetingDate());
    }, ReconnectionDelegates.Outcome::violations);
  }
}
