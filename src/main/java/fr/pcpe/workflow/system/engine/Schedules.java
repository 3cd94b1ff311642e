package fr.pcpe.workflow.system.engine;

import java.text.ParseException;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import fr.pcpe.workflow.system.PcpeProperties;
import org.springframework.stereotype.Component;

/**
 * The cron timers of the processes started by the clock, read by their timer start events
 * ({@code #{schedules.digest}}): Camunda crons (seconds, minutes, hours, day of month, month, day of
 * week), evaluated in the engine's zone, which is Europe/Paris (the application sets it), so that 08:00
 * stays 08:00 across daylight saving changes. A cron that does not parse stops the start and says which.
 */
@Component("schedules")
public class Schedules {

  private final String digest;
  private final String retention;
  private final String directory;
  private final String cceYear;

  Schedules(PcpeProperties properties) {
    PcpeProperties.Crons crons = properties.crons();
    this.digest = checked("PCPE_DIGEST_CRON", crons.digest(), "0 0 8 ? * MON");
    this.retention = checked("PCPE_RETENTION_CRON", crons.retention(), "0 30 2 * * ?");
    this.directory = checked("PCPE_DIRECTORY_REMINDER_CRON", crons.directory(), "0 0 7 ? * TUE");
    this.cceYear = checked("PCPE_CCE_YEAR_CHECK_CRON", crons.cceYear(), "0 0 8 1 * ?");
  }

  private static String checked(String variable, String cron, String example) {
    try {
      CronTimer.parse(cron);
      return cron;
    } catch (ParseException | RuntimeException invalid) {
      throw new StartRefusedException(variable + " is not a valid cron expression: \"" + cron + "\".",
          "Set " + variable + " to a Camunda cron such as \"" + example + "\" (seconds, minutes, hours, day of month,"
              + " month, day of week), or leave it unset for the default.");
    }
  }

  /** L'hebdo du PCPE: every Monday at 08:00 by default. */
  public String getDigest() {
    return digest;
  }

  /** The personal data retention job: every night at 02:30 by default. */
  public String getRetention() {
    return retention;
  }

  /** The services directory's reminders of pages left six months: every Tuesday at 07:00 by default. */
  public String getDirectory() {
    return directory;
  }

  /** The look at the year's plan of Cafés Contact Emploi: the first of each month at 08:00 by default. */
  public String getCceYear() {
    return cceYear;
  }
}
