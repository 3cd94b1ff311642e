package fr.pcpe.workflow.system.engine;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The engine's history events, but for the job log's rows of a job set and of a job removed: the job log
 * ({@code ACT_HI_JOB_LOG}) keeps what ran, each job's success and failures, which is what Cockpit and an operator
 * read. A referral's employer task sets four reminder timers and removes them when answered: their rows (and the
 * job definition each row reads) were 18 of the 19 job log rows of a referral's cycle to a hire (ADR 0014).
 */
class JobLogHistory extends CacheAwareHistoryEventProducer {

  @Override
  public HistoryEvent createHistoricJobLogCreateEvt(Job job) {
    return null;
  }

  @Override
  public HistoryEvent createHistoricJobLogDeleteEvt(Job job) {
    return null;
  }
}
