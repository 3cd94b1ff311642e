package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.DurationWords;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Step;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The follow-up's deadlines, ISO-8601 durations from application.yaml (PCPE_FOLLOW_UP_*;
 * PT30S and the like to watch them live): when, after a step starts, the referent is reminded, the head
 * of the structure alerted, then the PCPE coordinators. The timers of follow-up-escalation.bpmn call
 * {@code ${followUpDeadlines.at(stepStartedAt, step, 'HEAD')}}.
 */
@Component("followUpDeadlines")
public class FollowUpDeadlines {

  private final Map<Step, Map<Level, Duration>> chain;
  private final Duration checkInInterval;
  private final Duration maxDuration;
  private final Duration askCandidateAfter;
  private final DurationWords words;

  FollowUpDeadlines(
      @Value("${pcpe.follow-up.meet-reminder}") Duration meetReminder,
      @Value("${pcpe.follow-up.meet-head}") Duration meetHead,
      @Value("${pcpe.follow-up.meet-coordinators}") Duration meetCoordinators,
      @Value("${pcpe.follow-up.proposal-reminder}") Duration proposalReminder,
      @Value("${pcpe.follow-up.proposal-head}") Duration proposalHead,
      @Value("${pcpe.follow-up.proposal-coordinators}") Duration proposalCoordinators,
      @Value("${pcpe.follow-up.check-in-interval}") Duration checkInInterval,
      @Value("${pcpe.follow-up.check-in-reminder}") Duration checkInReminder,
      @Value("${pcpe.follow-up.check-in-head}") Duration checkInHead,
      @Value("${pcpe.follow-up.check-in-coordinators}") Duration checkInCoordinators,
      @Value("${pcpe.follow-up.max-duration}") Duration maxDuration,
      @Value("${pcpe.follow-up.ask-candidate-after}") Duration askCandidateAfter, DurationWords words) {
    this.chain = Map.of(
        Step.MEET, Map.of(Level.REMINDER, meetReminder, Level.HEAD, meetHead, Level.COORDINATORS, meetCoordinators),
        Step.PROPOSE, Map.of(Level.REMINDER, proposalReminder, Level.HEAD, proposalHead,
            Level.COORDINATORS, proposalCoordinators),
        Step.CHECK_IN, Map.of(Level.REMINDER, checkInReminder, Level.HEAD, checkInHead,
            Level.COORDINATORS, checkInCoordinators));
    this.checkInInterval = checkInInterval;
    this.maxDuration = maxDuration;
    this.askCandidateAfter = askCandidateAfter;
    this.words = words;
  }

  /** @param step the late step ({@code step} in followUpEscalation), @param level who is told */
  public Date at(Date stepStartedAt, String step, String level) {
    return Date.from(stepStartedAt.toInstant().plus(chain.get(Step.valueOf(step)).get(Level.valueOf(level))));
  }

  public Date checkInDue(Date lastContact) {
    return Date.from(lastContact.toInstant().plus(checkInInterval));
  }

  /** When the candidate is asked whether their referent contacted them, if the meeting is still not recorded. */
  public Date askCandidateAt(Date stepStartedAt) {
    return Date.from(stepStartedAt.toInstant().plus(askCandidateAfter));
  }

  /** The deadlines the forms mention, in words, as variables of a new follow-up. */
  Map<String, Object> inWords() {
    Map<String, Object> variables = new HashMap<>();
    Vars.MEET_DEADLINE.put(variables, words.of(chain.get(Step.MEET).get(Level.HEAD)));
    Vars.PROPOSAL_DEADLINE.put(variables, words.of(chain.get(Step.PROPOSE).get(Level.HEAD)));
    Vars.CHECK_IN_INTERVAL.put(variables, words.of(checkInInterval));
    Vars.MAX_DURATION.put(variables, words.of(maxDuration));
    return variables;
  }

  Duration maxDuration() {
    return maxDuration;
  }
}
