package fr.pcpe.workflow.system.engine;

import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Indexes Camunda's schema lacks, made once the engine has created its tables (docs/adr/0009). Same statements on
 * H2 and PostgreSQL; a second node starting at the same moment may find them made.
 * <ul>
 *   <li>{@link #TASK_PARENT}: each task completed or deleted makes the engine look for its subtasks
 *       ({@code PARENT_TASK_ID_}), and without an index that read every open task. With 4,300 open tasks it took
 *       1 ms of each task's completion, and it grows with the open tasks (camunda/camunda#36824).</li>
 *   <li>{@link #TASK_DUE}: Tasklist's filters "Coordination PCPE", "Mes tâches" and "Tâches de mes groupes" list
 *       the tasks by due date, then priority. Without an index in that order, a page of 50 sorted every task of
 *       the filter first: 0.35–0.58 s for the coordinators' 210,000, against 0.02–0.05 s with it.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class EngineIndexes {

  static final String TASK_PARENT = "PCPE_IDX_TASK_PARENT";
  static final String TASK_DUE = "PCPE_IDX_TASK_DUE";

  private static final Map<String, String> INDEXES = Map.of(
      TASK_PARENT, "ACT_RU_TASK(PARENT_TASK_ID_)",
      TASK_DUE, "ACT_RU_TASK(DUE_DATE_, PRIORITY_ DESC)");

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  @Bean
  ApplicationRunner taskIndexes(DataSource dataSource) {
    return arguments -> INDEXES.forEach((name, columns) -> {
      try {
        new JdbcTemplate(dataSource).execute("CREATE INDEX IF NOT EXISTS " + name + " ON " + columns);
      } catch (RuntimeException refused) {
        LOG.warn("Index {} not made (another node making it at the same moment, or the database refused): {}",
            name, refused.getMessage());
      }
    });
  }
}
