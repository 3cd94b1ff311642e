package fr.pcpe.workflow.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The index the application adds to the engine's tables (docs/adr/0009), on H2 and PostgreSQL. */
@IntegrationTest
class EngineIndexesTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  @DisplayName("les sous-tâches d'une tâche terminée sont cherchées par un index, pas en lisant toutes les tâches")
  void subtasksAreFoundByAnIndex() {
    List<String> columns = jdbc.execute((Connection connection) -> {
      DatabaseMetaData metadata = connection.getMetaData();
      String table = metadata.storesLowerCaseIdentifiers() ? "act_ru_task" : "ACT_RU_TASK";
      List<String> indexed = new ArrayList<>();
      try (ResultSet indexes = metadata.getIndexInfo(null, null, table, false, false)) {
        while (indexes.next()) {
          if (EngineIndexes.TASK_PARENT.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
            indexed.add(indexes.getString("COLUMN_NAME"));
          }
        }
      }
      return indexed;
    });
    assertThat(columns).hasSize(1).allMatch("PARENT_TASK_ID_"::equalsIgnoreCase);
  }
}
