package fr.pcpe.workflow.system.engine;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An index Camunda's schema lacks, made once the engine has created its tables (docs/adr/0009): each task
 * completed or deleted makes the engine look for its subtasks ({@code PARENT_TASK_ID_}), and without an index
 * that read every open task. With 4,300 open tasks it took 1 ms of each task's completion, and it grows with
 * the open tasks (camunda/camunda#36824). Same statement on H2 and PostgreSQL; a second node starting at the
 * same moment may find it made.
 */
@Configuration(proxyBeanMethods = false)
class EngineIndexes {

  static final String TASK_PARENT = "PCPE_IDX_TASK_PARENT";

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  @Bean
  ApplicationRunner subtaskIndex(DataSource dataSource) {
    return arguments -> {
      try {
        new JdbcTemplate(dataSource).execute("CREATE INDEX IF NOT EXISTS " + TASK_PARENT + " ON ACT_RU_TASK(PARENT_TASK_ID_)");
      } catch (RuntimeException refused) {
        LOG.warn("Index {} not made (another node making it at the same moment, or the database refused): {}",
            TASK_PARENT, refused.getMessage());
      }
    };
  }
}
