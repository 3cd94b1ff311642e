package fr.pcpe.workflow.incubation;

import java.time.Duration;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Incubation's timers (ISO-8601 in application.yaml): a check-in with the project lead every 30 days of
 * a stage, an alert to the coordinators when a project has not changed stage for 90 days. Read by
 * project-incubation.bpmn as {@code ${incubationDeadlines.checkInCycle()}}.
 */
@Component("incubationDeadlines")
public class IncubationDeadlines {

  private final Duration checkIn;
  private final Duration stalledAfter;

  IncubationDeadlines(@Value("${pcpe.incubation.check-in-every}") Duration checkIn,
      @Value("${pcpe.incubation.stalled-after}") Duration stalledAfter) {
    this.checkIn = checkIn;
    this.stalledAfter = stalledAfter;
  }

  /** A repeating cycle, for a non-interrupting boundary timer. */
  public String checkInCycle() {
    return "R/" + checkIn;
  }

  public Date stalledAt(Date stageSince) {
    return Date.from(stageSince.toInstant().plus(stalledAfter));
  }
}
