package fr.pcpe.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Moves the engine's clock and runs the jobs then due, as the job executor would. */
public final class TestClock {

  private TestClock() {
  }

  /** Sets the clock to {@code days} after {@code start}, then executes the instance's due jobs. */
  public static void daysAfter(Instant start, double days, ManagementService managementService,
      String processInstanceId) {
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes((long) (days * 24 * 60)))));
    for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
      managementService.executeJob(job.getId());
    }
  }
}
