package fr.pcpe.workflow.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The indexes lookups on large tables rely on (docs/adr/0009), on H2 and PostgreSQL. */
@IntegrationTest
class DatabaseIndexesTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  AuthorizationService authorizationService;

  @Test
  @DisplayName("les sous-tâches d'une tâche terminée sont cherchées par un index, pas en lisant toutes les tâches")
  void subtasksAreFoundByAnIndex() {
    assertThat(columnsOf("ACT_RU_TASK", EngineIndexes.TASK_PARENT)).containsExactly("PARENT_TASK_ID_");
  }

  @Test
  @DisplayName("les travaux échus sont cherchés par un index, pas en lisant tous les minuteurs en attente")
  void dueJobsAreFoundByAnIndex() {
    assertThat(columnsOf("ACT_RU_JOB", EngineIndexes.JOB_DUE_DATE)).containsExactly("DUEDATE_");
  }

  @Test
  @DisplayName("un travail exclusif en cours dans la même instance est cherché par un index, pas en relisant tous les travaux")
  void jobsInProgressAreFoundByAnIndex() {
    assertThat(columnsOf("ACT_RU_JOB", EngineIndexes.JOB_LOCK_EXPIRY)).containsExactly("LOCK_EXP_TIME_");
  }

  @Test
  @DisplayName("les groupes qui ont une autorisation : un index les parcourt un par un (PostgreSQL), et ce sont bien tous")
  void authorizedGroupsAreWalkedThroughAnIndex() {
    assertThat(columnsOf("ACT_RU_AUTHORIZATION", AuthorizedGroups.INDEX)).containsExactly("GROUP_ID_");
    List<String> granted = List.of("walk-a" + TestUsers.uniqueLetters(6), "walk-b" + TestUsers.uniqueLetters(6));
    for (String group : granted) {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(group);
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
    List<String> everyGroup = jdbc.queryForList(
        "select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION where GROUP_ID_ is not null", String.class);
    assertThat(everyGroup).containsAll(granted);
    List<String> asked = new ArrayList<>(everyGroup);
    asked.add("no-such-group");
    List<String> kept = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> {
          assertThat(context.getAuthorizationManager()).isInstanceOf(AuthorizedGroups.class);
          return context.getAuthorizationManager().filterAuthenticatedGroupIds(asked);
        });
    assertThat(kept).containsExactlyInAnyOrderElementsOf(everyGroup);
  }

  @Test
  @DisplayName("les orientations, suivis et invitations d'une personne sont cherchés par un index")
  void aCandidatesRecordsAreFoundByAnIndex() {
    assertThat(columnsOf("REFERRAL", "IX_REFERRAL_CANDIDATE")).containsExactly("CANDIDATE_ID");
    assertThat(columnsOf("FOLLOW_UP", "IX_FOLLOW_UP_CANDIDATE")).containsExactly("CANDIDATE_ID");
    assertThat(columnsOf("CCE_INVITATION", "IX_CCE_INVITATION_CANDIDATE")).containsExactly("CANDIDATE_ID");
  }

  /** The columns of that index of that table, in upper case (PostgreSQL folds names to lower case, H2 to upper). */
  private List<String> columnsOf(String table, String index) {
    return jdbc.execute((Connection connection) -> {
      DatabaseMetaData metadata = connection.getMetaData();
      List<String> columns = new ArrayList<>();
      try (ResultSet indexes = metadata.getIndexInfo(null, null,
          metadata.storesLowerCaseIdentifiers() ? table.toLowerCase() : table, false, false)) {
        while (indexes.next()) {
          if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
            columns.add(indexes.getString("COLUMN_NAME").toUpperCase());
          }
        }
      }
      return columns;
    });
  }
}
