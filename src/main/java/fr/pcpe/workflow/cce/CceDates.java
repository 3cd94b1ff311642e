package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.common.FormValues;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates of a CCE's timers, from its event date: the reminder to the invitees' referents (two days
 * before by default), the day itself, the report (three months after). Used by cafe-contact-emploi.bpmn
 * as {@code ${cceDates.reminderAt(eventDate)}}.
 */
@Component("cceDates")
public class CceDates {

  private final Duration reminderBefore;
  private final Period reportAfter;
  private final Clock clock;

  CceDates(@Value("${pcpe.cce.reminder-before}") Duration reminderBefore,
      @Value("${pcpe.cce.report-after}") Period reportAfter, Clock clock) {
    this.reminderBefore = reminderBefore;
    this.reportAfter = reportAfter;
    this.clock = clock;
  }

  public Date reminderAt(Object eventDate) {
    return Date.from(eventAt(eventDate).toInstant().minus(reminderBefore));
  }

  public Date eventAt(Object eventDate) {
    return Date.from(date(eventDate).atStartOfDay(clock.getZone()).toInstant());
  }

  public Date reportAt(Object eventDate) {
    return Date.from(date(eventDate).plus(reportAfter).atStartOfDay(clock.getZone()).toInstant());
  }

  private static LocalDate date(Object value) {
    LocalDate date = FormValues.date(value);
    if (date == null) {
      throw new IllegalArgumentException("Not an event date: " + value);
    }
    return date;
  }
}
