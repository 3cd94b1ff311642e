package fr.pcpe.workflow.cce;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The dates of a CCE's timers, from its event date: the reminder to the invitees' referents (two days
 * before by default), the day itself, the report (three months after). Used by cafe-contact-emploi.bpmn
 * as {@code ${cceDates.reminderAt(execution)}}.
 */
@Component("cceDates")
public class CceDates {

  private final Duration reminderBefore;
  private final Period reportAfter;
  private final Clock clock;

  CceDates(CceSettings settings, Clock clock) {
    this.reminderBefore = settings.reminderBefore();
    this.reportAfter = settings.reportAfter();
    this.clock = clock;
  }

  public Date reminderAt(VariableScope cce) {
    return Date.from(eventAt(cce).toInstant().minus(reminderBefore));
  }

  public Date eventAt(VariableScope cce) {
    return Date.from(eventDate(cce).atStartOfDay(clock.getZone()).toInstant());
  }

  public Date reportAt(VariableScope cce) {
    return Date.from(eventDate(cce).plus(reportAfter).atStartOfDay(clock.getZone()).toInstant());
  }

  private static LocalDate eventDate(VariableScope cce) {
    LocalDate date = CceProcess.Vars.EVENT_DATE.from(cce);
    if (date == null) {
      throw new IllegalArgumentException("No event date");
    }
    return date;
  }
}
