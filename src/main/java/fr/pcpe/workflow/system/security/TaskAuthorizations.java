package fr.pcpe.workflow.system.security;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default authorizations per task, without those of the groups that already see and work on
 * every task ({@link AccessProvisioning} grants them all tasks): a coordinators' task adds no row to
 * {@code ACT_RU_AUTHORIZATION}, so that every task query of theirs does not join thousands of rows that
 * say nothing more (docs/adr/0009). Structures, heads, employers and assignees keep their rows per task:
 * those are what keeps each one to its own tasks.
 */
class TaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return PcpeGroups.SEE_EVERY_TASK.contains(groupId) ? null : super.newTaskGroupIdentityLink(task, groupId, type);
  }
}
