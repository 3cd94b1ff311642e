package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.DurationWords;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Step;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The follow-up's deadlines ({@link FollowUpSettings}; ISO-8601, PT30S and the like to watch them live): when,
 * after a step starts, the referent is reminded, the head of the structure alerted, then the PCPE coordinators. The timers of follow-up-escalation.bpmn call
 * {@code ${followUpDeadlines.at(stepStartedAt, step, 'HEAD')}}.
 */
@Component("followUpDeadlines")
public class FollowUpDeadlines {

  private final Map<Step, Map<Level, Duration>> chain;
  private final Duration checkInInterval;
  private final Duration maxDuration;
  private final Duration askCandidateAfter;
  private final DurationWords words;

  FollowUpDeadlines(FollowUpSettings settings, DurationWords words) {
    this.chain = Map.of(
        Step.MEET, Map.of(Level.REMINDER, settings.meetReminder(), Level.HEAD, settings.meetHead(),
            Level.COORDINATORS, settings.meetCoordinators()),
        Step.PROPOSE, Map.of(Level.REMINDER, settings.proposalReminder(), Level.HEAD, settings.proposalHead(),
            Level.COORDINATORS, settings.proposalCoordinators()),
        Step.CHECK_IN, Map.of(Level.REMINDER, settings.checkInReminder(), Level.HEAD, settings.checkInHead(),
            Level.COORDINATORS, settings.checkInCoordinators()));
    this.checkInInterval = settings.checkInInterval();
    this.maxDuration = settings.maxDuration();
    this.askCandidateAfter = settings.askCandidateAfter();
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
