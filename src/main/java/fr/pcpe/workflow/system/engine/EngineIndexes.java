package fr.pcpe.workflow.system.engine;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Indexes Camunda's schema lacks, made once the engine has created its tables (docs/adr/0013). Each task completed
 * or deleted makes the engine look for its subtasks ({@code PARENT_TASK_ID_}): without an index that read every open
 * task (1 ms of each completion with 4,300 open tasks, growing with them; camunda/camunda#36824). Each job
 * acquisition of each node's job executor (every 5 s when idle, without pause when busy) looks for due jobs
 * ({@code DUEDATE_}, in that order: application.yaml): without an index that read every job, each waiting referral's
 * and follow-up's timers included (8.5 ms with 5,200 jobs, 0.1 ms with the index), and, for each exclusive job it
 * finds, for a job of the same instance in progress ({@code LOCK_EXP_TIME_} still to come): without an index
 * PostgreSQL read the whole table again for it at each acquisition (818 blocks, 1.9 ms with 5,400 jobs; 19 blocks,
 * 0.1 ms with the index). Same statements on H2 and PostgreSQL; a second node starting at the same moment may find
 * them made.
 */
@Configuration(proxyBeanMethods = false)
class EngineIndexes {

  static final String TASK_PARENT = "PCPE_IDX_TASK_PARENT";
  static final String JOB_DUE_DATE = "PCPE_IDX_JOB_DUEDATE";
  static final String JOB_LOCK_EXPIRY = "PCPE_IDX_JOB_LOCK_EXPIRY";

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  @Bean
  ApplicationRunner missingIndexes(DataSource dataSource) {
    return arguments -> {
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      make(jdbc, TASK_PARENT, "ACT_RU_TASK(PARENT_TASK_ID_)");
      make(jdbc, JOB_DUE_DATE, "ACT_RU_JOB(DUEDATE_)");
      make(jdbc, JOB_LOCK_EXPIRY, "ACT_RU_JOB(LOCK_EXP_TIME_)");
    };
  }

  private static void make(JdbcTemplate jdbc, String name, String on) {
    try {
      jdbc.execute("CREATE INDEX IF NOT EXISTS " + name + " ON " + on);
    } catch (RuntimeException refused) {
      LOG.warn("Index {} not made (another node making it at the same moment, or the database refused): {}",
          name, refused.getMessage());
    }
  }
}
