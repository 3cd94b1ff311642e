package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.common.DurationWords;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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
  private final DurationWords words;

  IncubationDeadlines(IncubationSettings settings, DurationWords words) {
    this.checkIn = settings.checkInEvery();
    this.stalledAfter = settings.stalledAfter();
    this.words = words;
  }

  /** The delays the forms mention, in words, as variables of a new project. */
  Map<String, Object> inWords() {
    Map<String, Object> variables = new HashMap<>();
    IncubationProcess.Vars.CHECK_IN_EVERY.put(variables, words.of(checkIn));
    IncubationProcess.Vars.STALLED_AFTER.put(variables, words.of(stalledAfter));
    return variables;
  }

  /** A repeating cycle, for a non-interrupting boundary timer. */
  public String checkInCycle() {
    return "R/" + checkIn;
  }

  public Date stalledAt(Date stageSince) {
    return Date.from(stageSince.toInstant().plus(stalledAfter));
  }
}
