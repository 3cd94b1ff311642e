package fr.pcpe.workflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.digest.DigestProcesses;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The engine's history cleanup really runs: past an instance's time to live, its ACT_HI_* rows are gone. */
@IntegrationTest
class HistoryCleanupTest {

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TestRestTemplate http;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    historyService.findHistoryCleanupJobs().forEach(job -> managementService.deleteJob(job.getId()));
  }

  private long historyLeft(String id) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).count()
        + historyService.createHistoricActivityInstanceQuery().processInstanceId(id).count()
        + historyService.createHistoricVariableInstanceQuery().processInstanceId(id).count()
        + historyService.createHistoricDetailQuery().processInstanceId(id).count();
  }

  @Test
  @DisplayName("passé le délai de conservation de l'historique (730 jours), le nettoyage efface l'instance et ses détails")
  void cleanupRemovesFinishedInstancesPastTheirTimeToLive() {
    // an instance that ends at once: a week of 2042 without any offer
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2042-01-06T08:00:30").atZone(ZoneId.of("Europe/Paris")).toInstant()));
    ProcessInstance ended = runtimeService.startProcessInstanceByKey(DigestProcesses.KEY);
    String id = ended.getId();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).finished().count()).isOne();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id).count()).isPositive();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(id).count()).isPositive();

    ClockUtil.setCurrentTime(new Date(ClockUtil.now().getTime() + Duration.ofDays(731).toMillis()));
    Job cleanup = historyService.cleanUpHistoryAsync(true);
    // the cleanup deletes in batches, each kind of row on its own: the whole suite's history is past its time too
    for (int batch = 0; batch < 500 && historyLeft(id) > 0; batch++) {
      managementService.executeJob(historyService.findHistoryCleanupJobs().stream().findFirst().orElse(cleanup).getId());
    }

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(id).count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(id).count()).isZero();
    assertThat(http.withBasicAuth("admin", "Secret-Mot-2026!").getForEntity("/engine-rest/history/process-instance/" + id,
        String.class).getStatusCode()).as("what Cockpit asks for a cleaned instance: a plain 404").isEqualTo(HttpStatus.NOT_FOUND);
  }
}
