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
 *   <li>{@link #AUTH_USER}: every query a user other than an administrator runs (each Tasklist list and count)
 *       first selects that user's authorizations: theirs or their groups' ({@code USER_ID_ in (...) or GROUP_ID_
 *       in (...)}). Camunda indexes the group column alone but the user column only after the authorization's
 *       type, so PostgreSQL read the whole table each time, which grows by a row per person and task: 8–15 ms at
 *       66,000 rows, 25–40 ms at 300,000. With both columns indexed it reads the user's few rows (0.1 ms).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class EngineIndexes {

  static final String TASK_PARENT = "PCPE_IDX_TASK_PARENT";
  static final String AUTH_USER = "PCPE_IDX_AUTH_USER";

  private static final Map<String, String> INDEXES = Map.of(
      TASK_PARENT, "ACT_RU_TASK(PARENT_TASK_ID_)",
      AUTH_USER, "ACT_RU_AUTHORIZATION(USER_ID_)");

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  @Bean
  ApplicationRunner missingIndexes(DataSource dataSource) {
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
