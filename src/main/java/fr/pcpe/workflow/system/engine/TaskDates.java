package fr.pcpe.workflow.system.engine;

import fr.pcpe.workflow.common.FormValues;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Dates as the models show them: a day as people read it in a task's subject, and the start of a day
 * as a task's due date. Used by the BPMN as {@code ${taskDates.day(eventDate)}}.
 */
@Component("taskDates")
public class TaskDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Clock clock;

  TaskDates(Clock clock) {
    this.clock = clock;
  }

  /** An ISO date (a form's date field) as dd/mm/yyyy; empty if there is none. */
  public String day(Object isoDate) {
    LocalDate date = FormValues.date(isoDate);
    return date == null ? "" : date.format(DAY);
  }

  /** The start of that day, for a due date; none if there is no date. */
  public Date startOf(Object isoDate) {
    LocalDate date = FormValues.date(isoDate);
    return date == null ? null : Date.from(date.atStartOfDay(clock.getZone()).toInstant());
  }
}
