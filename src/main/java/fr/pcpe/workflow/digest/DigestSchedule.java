package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.system.engine.StartRefusedException;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the hebdo is gathered: a Camunda cron ({@code PCPE_DIGEST_CRON}, every Monday at 08:00 by default),
 * read by the timer of weekly-digest.bpmn ({@code #{digestSchedule.cron}}) in the engine's zone, which is
 * Europe/Paris (the application sets it), so that 08:00 stays 08:00 across daylight saving changes. A cron
 * that does not parse stops the start with a message that says so.
 */
@Component("digestSchedule")
public class DigestSchedule {

  private final String cron;

  DigestSchedule(@Value("${pcpe.digest.cron}") String cron) {
    try {
      CronTimer.parse(cron);
    } catch (java.text.ParseException | RuntimeException invalid) {
      throw new StartRefusedException("PCPE_DIGEST_CRON is not a valid cron expression: \"" + cron + "\".",
          "Set PCPE_DIGEST_CRON to a Camunda cron such as \"0 0 8 ? * MON\" (seconds, minutes, hours, day of"
              + " month, month, day of week), or leave it unset for Mondays at 08:00.");
    }
    this.cron = cron;
  }

  public String getCron() {
    return cron;
  }
}
