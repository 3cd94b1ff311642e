package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Step;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The follow-up's deadlines (DESIGN.md 3.4), ISO-8601 durations from application.yaml (PCPE_FOLLOW_UP_*;
 * PT30S and the like to watch them live): when, after a step starts, the referent is reminded, the head
 * of the structure alerted, then the PCPE coordinators. The timers of cce-follow-up.bpmn call
 * {@code ${followUpDeadlines.at(stepStartedAt, 'meet', 'HEAD')}}.
 */
@Component("followUpDeadlines")
public class FollowUpDeadlines {

  private final Map<Step, Map<Level, Duration>> chain;
  private final Duration checkInInterval;
  private final Duration maxDuration;

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
      @Value("${pcpe.follow-up.max-duration}") Duration maxDuration) {
    this.chain = Map.of(
        Step.MEET, Map.of(Level.REMINDER, meetReminder, Level.HEAD, meetHead, Level.COORDINATORS, meetCoordinators),
        Step.PROPOSE, Map.of(Level.REMINDER, proposalReminder, Level.HEAD, proposalHead,
            Level.COORDINATORS, proposalCoordinators),
        Step.CHECK_IN, Map.of(Level.REMINDER, checkInReminder, Level.HEAD, checkInHead,
            Level.COORDINATORS, checkInCoordinators));
    this.checkInInterval = checkInInterval;
    this.maxDuration = maxDuration;
  }

  /** @param step meet, propose or checkIn (the BPMN's names) */
  public Date at(Date stepStartedAt, String step, String level) {
    Step key = switch (step) {
      case "meet" -> Step.MEET;
      case "propose" -> Step.PROPOSE;
      case "checkIn" -> Step.CHECK_IN;
      default -> throw new IllegalArgumentException("No follow-up step " + step);
    };
    return Date.from(stepStartedAt.toInstant().plus(chain.get(key).get(Level.valueOf(level))));
  }

  public Date checkInDue(Date lastContact) {
    return Date.from(lastContact.toInstant().plus(checkInInterval));
  }

  Duration maxDuration() {
    return maxDuration;
  }
}
