package fr.pcpe.workflow.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.sql.Connection;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** How the application's PostgreSQL connections plan their statements (docs/adr/0009); nothing to check on H2. */
@IntegrationTest
class PostgresTuningTest {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TransactionTemplate transaction;

  @Autowired
  TaskService taskService;

  @Autowired
  FilterService filterService;

  @Autowired
  IdentityService identityService;

  @Autowired
  TestDrives drives;

  @BeforeEach
  void onPostgres() {
    String product = jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
    assumeTrue("PostgreSQL".equals(product), "PostgreSQL only");
  }

  @Test
  @DisplayName("sur PostgreSQL, les requêtes d'un membre de structure (filtres de Tasklist compris) sont planifiées avec leurs valeurs ; celles de la coordination et du système gardent leurs plans préparés")
  void queriesOfUsersArePlannedWithTheirValues() {
    assertThat(planningAfter(() -> taskService.createTaskQuery().taskCandidateGroup("structure-x").count(), "structure-x"))
        .isEqualTo("force_custom_plan");
    String lateFollowUps = filterService.createTaskFilterQuery().filterName("Suivis en retard").singleResult().getId();
    // a real structure's group: the late follow-ups' filter is the structures' and the coordination's only
    String structure = drives.mobilizableStructure().getGroupId();
    assertThat(planningAfter(() -> filterService.count(lateFollowUps), structure)).isEqualTo("force_custom_plan");
    // the system's own queries (escalations, the application's services) and a user's other commands
    assertThat(planningAfter(() -> taskService.createTaskQuery().taskCandidateGroup("structure-x").count(), null))
        .isEqualTo("auto");
    assertThat(planningAfter(() -> filterService.count(lateFollowUps), PcpeGroups.COORDINATORS)).isEqualTo("auto");
    assertThat(planningAfter(() -> identityService.getUserInfo("someone", "none"), "structure-x")).isEqualTo("auto");
    // only for the transaction: the connection goes back to the pool as it was
    String afterwards = transaction.execute(status -> jdbc.queryForObject("show plan_cache_mode", String.class));
    assertThat(afterwards).isEqualTo("auto");
    assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
  }

  @Test
  @DisplayName("sur PostgreSQL, le planificateur a des statistiques sur les droits des tâches et sur les étapes de suivi en retard")
  void statisticsPostgresDoesNotGatherAlone() {
    assertThat(jdbc.queryForList("select stxname from pg_statistic_ext where stxname like 'pcpe%'", String.class))
        .containsExactlyInAnyOrder("pcpe_auth_task_perms", "pcpe_task_key_priority");
    // the most common combinations of a task's definition key and priority: the late steps' tasks are counted
    // together, not as two independent conditions
    assertThat(jdbc.queryForObject("select array_to_string(stxkind, '') from pg_statistic_ext"
        + " where stxname = 'pcpe_task_key_priority'", String.class)).isEqualTo("m");
  }

  /** The planning mode of the transaction once this work ran in it, as a member of that group or as the system (null). */
  private String planningAfter(Runnable work, String group) {
    return transaction.execute(status -> {
      if (group != null) {
        identityService.setAuthentication("someone", List.of(group));
      }
      try {
        work.run();
      } finally {
        identityService.clearAuthentication();
      }
      return jdbc.queryForObject("show plan_cache_mode", String.class);
    });
  }
}
