package fr.pcpe.workflow.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
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
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;

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
  @DisplayName("le planificateur prend les travaux échus par ordre d'échéance, les continuations comprises")
  void theJobExecutorTakesTheSoonestDueFirst() {
    // due long before any other test's jobs, the later due made first: in the table's order it comes first
    Deployment deployment = repositoryService.createDeployment().name("acquisition-order")
        .addModelInstance("acquisition-order.bpmn", Bpmn.createExecutableProcess("acquisitionOrderProbe")
            .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent().timerWithDate("${due}")
            .manualTask().camundaAsyncBefore().endEvent().done())
        .deploy();
    try {
      String later = runtimeService.startProcessInstanceByKey("acquisitionOrderProbe",
          Map.of("due", "2000-01-02T08:00:00")).getId();
      String sooner = runtimeService.startProcessInstanceByKey("acquisitionOrderProbe",
          Map.of("due", "2000-01-01T08:00:00")).getId();

      assertThat(nextJobsToExecute(20).stream().map(AcquirableJobEntity::getProcessInstanceId)
          .filter(id -> sooner.equals(id) || later.equals(id))).containsExactly(sooner, later);

      Job timer = managementService.createJobQuery().processInstanceId(sooner).singleResult();
      managementService.executeJob(timer.getId());
      Job continuation = managementService.createJobQuery().processInstanceId(sooner).singleResult();
      assertThat(continuation.getDuedate()).as("a continuation is due when it is made, in the same order")
          .isNotNull().isAfter(timer.getDuedate());
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
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

  /** What the job executor's next acquisition would take, at most {@code size} jobs (the acquisition's own query). */
  private List<AcquirableJobEntity> nextJobsToExecute(int size) {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> context.getJobManager().findNextJobsToExecute(new Page(0, size)));
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
