package fr.pcpe.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

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

  /**
   * Sets the clock, then executes what is due in every instance with this business key (a process
   * and those it calls), until nothing is due: a chain of timers already past fires in one move.
   */
  public static void daysAfter(Instant start, double days, ManagementService managementService,
      RuntimeService runtimeService, String businessKey) {
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes((long) (days * 24 * 60)))));
    List<Job> due;
    do {
      due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
          .map(ProcessInstance::getId)
          .flatMap(id -> managementService.createJobQuery().processInstanceId(id).executable().list().stream())
          .toList();
      due.forEach(job -> managementService.executeJob(job.getId()));
    } while (!due.isEmpty());
  }
}
