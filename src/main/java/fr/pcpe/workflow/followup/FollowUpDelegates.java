package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.common.FormValues.date;
import static fr.pcpe.workflow.common.FormValues.enumValue;
import static fr.pcpe.workflow.common.FormValues.text;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Proposal;
import fr.pcpe.workflow.followup.FollowUpEnums.Step;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of cce-follow-up.bpmn: each records one thing through {@link FollowUpService} and
 * routes the process (its current step, and when that step's deadlines start counting).
 */
final class FollowUpDelegates {

  private FollowUpDelegates() {
  }

  static void nextStep(DelegateExecution execution, Step step, Date startedAt) {
    execution.getProcessInstance().setVariable(Vars.CURRENT_STEP, step.name());
    if (startedAt != null) {
      execution.getProcessInstance().setVariable(Vars.STEP_STARTED_AT, startedAt);
    }
    execution.getProcessInstance().setVariable(Vars.ESCALATION_LEVEL, null);
  }

  /** The referent met the candidate: a concrete proposal is due, counted from the meeting. */
  @Component("recordMeetingDelegate")
  static class RecordMeetingDelegate implements JavaDelegate {
    private final FollowUpService followUps;

    RecordMeetingDelegate(FollowUpService followUps) {
      this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Date startedAt = followUps.recordMeeting(execution.getProcessBusinessKey(),
          date(execution.getVariable(Vars.MEETING_DATE)));
      nextStep(execution, Step.PROPOSE, startedAt);
    }
  }

  /** A proposal was made: monthly check-ins follow. */
  @Component("recordProposalDelegate")
  static class RecordProposalDelegate implements JavaDelegate {
    private final FollowUpService followUps;

    RecordProposalDelegate(FollowUpService followUps) {
      this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Date startedAt = followUps.recordProposal(execution.getProcessBusinessKey(),
          enumValue(Proposal.class, execution.getVariable(Vars.PROPOSAL_TYPE)),
          text(execution.getVariable(Vars.PROPOSAL_DETAILS)));
      nextStep(execution, Step.CHECK_IN, startedAt);
    }
  }

  /** The monthly check-in is due: its own deadlines start now. */
  @Component("openCheckInDelegate")
  static class OpenCheckInDelegate implements JavaDelegate {
    private final java.time.Clock clock;

    OpenCheckInDelegate(java.time.Clock clock) {
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      nextStep(execution, Step.CHECK_IN, Date.from(clock.instant()));
    }
  }

  /** The check-in's conclusion: another month, or an outcome that closes the follow-up. */
  @Component("recordCheckInDelegate")
  static class RecordCheckInDelegate implements JavaDelegate {
    private final FollowUpService followUps;
    private final java.time.Clock clock;

    RecordCheckInDelegate(FollowUpService followUps, java.time.Clock clock) {
      this.followUps = followUps;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Step next = followUps.recordCheckIn(execution.getProcessBusinessKey(),
          enumValue(FollowUpEnums.CheckIn.class, execution.getVariable(Vars.CHECK_IN_OUTCOME)),
          text(execution.getVariable(Vars.CHECK_IN_NOTES)));
      nextStep(execution, next, Date.from(clock.instant()));
    }
  }

  /** A late step: the level (input parameter of the service task) says who is told. */
  @Component("escalateFollowUpDelegate")
  static class EscalateFollowUpDelegate implements JavaDelegate {
    private final FollowUpService followUps;

    EscalateFollowUpDelegate(FollowUpService followUps) {
      this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Level level = Level.valueOf((String) execution.getVariableLocal(Vars.LEVEL));
      followUps.escalate(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), level);
      execution.getProcessInstance().setVariable(Vars.ESCALATION_LEVEL,
          followUps.find(execution.getProcessBusinessKey()).getEscalationLevel().name());
    }
  }

  /** The pause is over: the interrupted step starts again, its deadlines from now. */
  @Component("resumeFollowUpDelegate")
  static class ResumeFollowUpDelegate implements JavaDelegate {
    private final FollowUpService followUps;

    ResumeFollowUpDelegate(FollowUpService followUps) {
      this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Date startedAt = followUps.resumed(execution.getProcessBusinessKey());
      nextStep(execution, followUps.find(execution.getProcessBusinessKey()).getCurrentStep(), startedAt);
    }
  }

  /** Closed outside a check-in (the API): the outcome and comment the message carried. */
  @Component("recordClosureDelegate")
  static class RecordClosureDelegate implements JavaDelegate {
    private final FollowUpService followUps;

    RecordClosureDelegate(FollowUpService followUps) {
      this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      followUps.recordClosure(execution.getProcessBusinessKey(),
          enumValue(FollowUpEnums.Outcome.class, execution.getVariable(Vars.OUTCOME)),
          text(execution.getVariable(Vars.OUTCOME_COMMENT)));
    }
  }

  /** The follow-up ended with its outcome (recorded at the check-in); nothing is left to do. */
  @Component("closeFollowUpDelegate")
  static class CloseFollowUpDelegate implements JavaDelegate {
    private final FollowUpService followUps;

    CloseFollowUpDelegate(FollowUpService followUps) {
      this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      if (followUps.find(execution.getProcessBusinessKey()).getOutcome() == null) {
        throw new IllegalStateException("Follow-up " + execution.getProcessBusinessKey() + " closed without outcome");
      }
    }
  }
}
