package fr.pcpe.workflow.system.engine;

import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.FormValues;
import fr.pcpe.workflow.system.PcpeProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Dates as the models show them: a day as people read it in a task's subject, the start of a day as a task's
 * due date, and the due date of a task nothing else dates ({@code pcpe.task-due}). Used by the BPMN as
 * {@code ${taskDates.day(eventDate)}} and {@code ${taskDates.due('prescreen')}}.
 */
@Component("taskDates")
public class TaskDates {

  private final Clock clock;
  private final Map<String, Duration> taskDue;

  TaskDates(Clock clock, PcpeProperties properties) {
    this.clock = clock;
    this.taskDue = properties.taskDue();
  }

  /** When a task of this kind is due from now ({@code pcpe.task-due.<kind>}): every task in a list has a date. */
  public Date due(String kind) {
    Duration within = taskDue.get(kind);
    if (within == null) {
      throw new IllegalArgumentException("No pcpe.task-due." + kind + " in application.yaml");
    }
    return Date.from(clock.instant().plus(within));
  }

  /** An ISO date (a form's date field) as dd/mm/yyyy; empty if there is none. */
  public String day(Object isoDate) {
    LocalDate date = FormValues.date(isoDate);
    return FrenchDates.day(date);
  }

  /** 8 a.m. on the day after that day: when something that happens on that day has happened. */
  public Date morningAfter(Object isoDate) {
    LocalDate date = FormValues.date(isoDate);
    return Date.from(date.plusDays(1).atTime(8, 0).atZone(clock.getZone()).toInstant());
  }

  /** The start of that day, for a due date; none if there is no date. */
  public Date startOf(Object isoDate) {
    LocalDate date = FormValues.date(isoDate);
    return date == null ? null : Date.from(date.atStartOfDay(clock.getZone()).toInstant());
  }
}
