package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of cce-follow-up.bpmn: each records one thing through {@link FollowUpService} and
 * says when the next step's deadlines start counting.
 */
final class FollowUpDelegates {

  private FollowUpDelegates() {
  }

  /** The next forms show what has been recorded so far. */
  static void showHistory(DelegateExecution execution, FollowUpService followUps) {
    Vars.HISTORY.on(execution.getProcessInstance()).set(followUps.history(execution.getProcessBusinessKey(),
        Vars.MEETING_NOTES.from(execution)));
  }

  /**
   * The next step's deadlines count from {@code startedAt}; no alert has been sent for it yet (the late step's
   * label went with its task; an instance of an earlier version kept it on the process, removed here).
   */
  static void moveOn(DelegateExecution execution, Date startedAt) {
    Vars.STEP_STARTED_AT.on(execution.getProcessInstance()).set(startedAt);
    execution.getProcessInstance().removeVariable(Vars.ESCALATION_LABEL.name());
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
      moveOn(execution, followUps.recordMeeting(execution.getProcessBusinessKey(), Vars.MEETING_DATE.from(execution)));
      showHistory(execution, followUps);
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
      moveOn(execution, followUps.recordProposal(execution.getProcessBusinessKey(), Vars.PROPOSAL_TYPE.from(execution),
          Vars.PROPOSAL_DETAILS.from(execution), Vars.PROPOSED_DRIVE.from(execution)));
      showHistory(execution, followUps);
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
      moveOn(execution, Date.from(clock.instant()));
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
      boolean closed = followUps.recordCheckIn(execution.getProcessBusinessKey(), Vars.CHECK_IN_OUTCOME.from(execution),
          Vars.CHECK_IN_NOTES.from(execution));
      Vars.FOLLOW_UP_CLOSED.on(execution).set(closed);
      showHistory(execution, followUps);
      moveOn(execution, Date.from(clock.instant()));
    }
  }

  /**
   * In followUpEscalation: a step is late, the service task's delegate says who is told (one delegate per level:
   * an input parameter wrote a variable and its history at each alert, docs/adr/0009).
   */
  @Configuration(proxyBeanMethods = false)
  static class EscalationDelegates {

    @Bean
    JavaDelegate remindReferentDelegate(FollowUpAlerts alerts) {
      return execution -> escalate(alerts, execution, Level.REMINDER);
    }

    @Bean
    JavaDelegate alertHeadDelegate(FollowUpAlerts alerts) {
      return execution -> escalate(alerts, execution, Level.HEAD);
    }

    @Bean
    JavaDelegate alertCoordinatorsDelegate(FollowUpAlerts alerts) {
      return execution -> escalate(alerts, execution, Level.COORDINATORS);
    }

    /** Instances of the process's earlier versions, still waiting, give the level as an input parameter. */
    @Bean
    JavaDelegate escalateFollowUpDelegate(FollowUpAlerts alerts) {
      return execution -> escalate(alerts, execution, Vars.LEVEL.fromLocal(execution));
    }

    private static void escalate(FollowUpAlerts alerts, DelegateExecution execution, Level level) {
      // the follow-up's own instance called this escalation
      alerts.escalate(execution.getProcessBusinessKey(), level,
          execution.getProcessInstance().getSuperExecution().getProcessInstanceId());
    }
  }

  /** Still no meeting at the question date: the candidate is asked whether their referent contacted them. */
  @Component("askCandidateDelegate")
  static class AskCandidateDelegate implements JavaDelegate {
    private final CandidateAnswers answers;

    AskCandidateDelegate(CandidateAnswers answers) {
      this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      answers.askCandidate(execution.getProcessBusinessKey());
    }
  }

  /** In followUpOnHold: the pause is over, the interrupted step starts again, its deadlines from now. */
  @Component("resumeFollowUpDelegate")
  static class ResumeFollowUpDelegate implements JavaDelegate {
    private final FollowUpService followUps;

    ResumeFollowUpDelegate(FollowUpService followUps) {
      this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      moveOn(execution.getProcessInstance().getSuperExecution(), followUps.resumed(execution.getProcessBusinessKey()));
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
      followUps.recordClosure(execution.getProcessBusinessKey(), Vars.OUTCOME.from(execution),
          Vars.OUTCOME_COMMENT.from(execution));
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

  /** In followUpReview: the coordinators restart the follow-up with another referent. */
  @Component("restartFollowUpDelegate")
  static class RestartFollowUpDelegate implements JavaDelegate {
    private final FollowUpService followUps;

    RestartFollowUpDelegate(FollowUpService followUps) {
      this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      followUps.restart(execution.getProcessBusinessKey(), Vars.NEW_REFERENT_ID.from(execution));
    }
  }
}
