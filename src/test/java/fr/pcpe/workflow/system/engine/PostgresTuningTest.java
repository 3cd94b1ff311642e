package fr.pcpe.workflow.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.pcpe.workflow.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import java.sql.Connection;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the application's PostgreSQL connections are set to (docs/adr/0009); nothing to check on H2. */
@IntegrationTest
class PostgresTuningTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  @DisplayName("sur PostgreSQL, chaque requête est planifiée avec ses valeurs, sans compilation à la volée, et les statistiques sur les permissions existent")
  void connectionsPlanWithTheirValues() {
    String product = jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
    assumeTrue("PostgreSQL".equals(product), "PostgreSQL only");
    assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = 'pcpe_auth_task_perms'",
        Long.class)).isEqualTo(1);
  }
}
