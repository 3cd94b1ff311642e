package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.followup.FollowUpEnums.CheckIn;
import fr.pcpe.workflow.followup.FollowUpEnums.Status;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.RetentionChecks;
import fr.pcpe.workflow.referral.RetentionProcess;
import fr.pcpe.workflow.system.engine.CopiedFromRecords;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import fr.pcpe.workflow.system.engine.StartFormOptions;
import fr.pcpe.workflow.system.security.SharedTaskFilter;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's checks of what a referent or a coordinator submits (docs/adr/0002), named as
 * cce-follow-up.bpmn and reconnection-meeting.bpmn call them; the rules are in {@link FollowUpForms}. With what the
 * follow-ups give the ground floor: the variables copied from the records, the shared list of late follow-ups.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpFormChecks {

  @Bean
  CopiedFromRecords followUpCopiedFromRecords() {
    return FollowUpProcess.COPIED_FROM_RECORDS;
  }

  /**
   * Late follow-ups: each user sees those raised to them (the referent and their structure from the first
   * reminder, the heads, then the coordinators: FollowUpService offers the task to each level's group). The
   * criteria are read from the task's own row (its step, its priority, raised when late) and its candidate
   * groups, not from process variables nor the process definition's key (PostgreSQL then guesses the follow-ups
   * to be one task in seventeen and plans for that), so that the list stays fast with a hundred thousand of them.
   */
  @Bean
  SharedTaskFilter lateFollowUpsFilter() {
    return new SharedTaskFilter("lateFollowUps", -15, taskService -> taskService.createTaskQuery()
        .taskDefinitionKeyIn(FollowUpProcess.TASK_MEET, FollowUpProcess.TASK_PROPOSE, FollowUpProcess.TASK_CHECK_IN)
        .taskMinPriority(FollowUpProcess.LATE_PRIORITY).taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks().orderByTaskPriority().desc().orderByDueDate().asc());
  }

  @Bean
  FormCheck<LocalDate> validateMeetingListener(FormRules rules) {
    return FormCheck.of(rules, Vars.MEETING_DATE::from, FollowUpForms::meeting);
  }

  @Bean
  FormCheck<FollowUpForms.ProposalForm> validateProposalListener(FormRules rules, FollowUpService followUps,
      ReferralService referrals) {
    return FormCheck.of(rules, execution -> {
      String drive = Vars.PROPOSED_DRIVE.from(execution);
      return new FollowUpForms.ProposalForm(Vars.PROPOSAL_TYPE.from(execution), Vars.PROPOSAL_DETAILS.from(execution),
          drive, drive != null && referrals.mayRefer(drive, followUps.find(execution.getProcessBusinessKey()).getCandidate().getId()));
    }, (proposal, today) -> proposal.violations());
  }

  @Bean
  FormCheck<CheckIn> validateCheckInListener(FormRules rules) {
    return FormCheck.of(rules, Vars.CHECK_IN_OUTCOME::from, (outcome, today) -> outcome == null
        ? Map.of(Vars.CHECK_IN_OUTCOME.name(), "followUp.checkInOutcome.required") : Map.of());
  }

  /** A review: a restart names another person who may follow the candidate. */
  @Bean
  FormCheck<FollowUpForms.ReviewForm> validateReviewListener(FormRules rules, FollowUpService followUps) {
    return FormCheck.of(rules, execution -> {
      String newReferent = Vars.NEW_REFERENT_ID.from(execution);
      return new FollowUpForms.ReviewForm(Vars.REVIEW_DECISION.from(execution),
          newReferent != null && followUps.mayTakeOver(execution.getProcessBusinessKey(), newReferent),
          Vars.REVIEW_COMMENT.from(execution));
    }, (review, today) -> review.violations());
  }

  /** Who came to a reconnection meeting: after the meeting, and only the invited. */
  @Bean
  FormCheck<ReconnectionForms.Outcome> validateReconnectionOutcomeListener(FormRules rules,
      ReconnectionService meetings) {
    return FormCheck.of(rules, execution -> {
      ReconnectionMeeting meeting = meetings.find(execution.getProcessBusinessKey());
      return new ReconnectionForms.Outcome(ReconnectionProcess.Vars.PRESENT.from(execution),
          meeting.getInvitations().stream().map(ReconnectionMeeting.Invitation::getId).toList(),
          meeting.getMeetingDate());
    }, ReconnectionForms.Outcome::violations);
  }

  /** After a departure, the structure's decision: a restart names a referent who may follow the candidate. */
  @Bean
  FormCheck<FollowUpForms.RestartForm> validateRestartListener(FormRules rules, RetentionChecks retention,
      FollowUpService followUps) {
    return FormCheck.of(rules, execution -> {
      String referent = RetentionProcess.Vars.NEW_REFERENT_ID.from(execution);
      long candidate = retention.departure(execution.getProcessBusinessKey()).candidateId();
      return new FollowUpForms.RestartForm(RetentionProcess.Vars.RESTART_DECISION.from(execution),
          referent != null && followUps.mayFollow(candidate, referent));
    }, (restart, today) -> restart.violations());
  }

  /** The follow-ups a user may pause, for the pause's start form: PCPE staff all, a structure its own. */
  @Bean
  StartFormOptions followUpsToPause(FollowUpRepository followUps, Messages messages) {
    return StartFormOptions.named("followUpsToPause", caller -> followUps.findByStatusOrderByEventDate(Status.ACTIVE)
        .stream()
        .filter(followUp -> followUp.visibleTo(caller))
        .map(followUp -> FormOptions.option(messages.say("followUp.option." + followUp.getOrigin(),
            followUp.getCandidate().fullName(), followUp.getStructure().getName(),
            FrenchDates.day(followUp.getEventDate())), followUp.getReference()))
        .toList());
  }
}
