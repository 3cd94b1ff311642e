package fr.pcpe.workflow.system.engine;

import fr.pcpe.workflow.system.security.PcpeGroups;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * On PostgreSQL, a query that a member of a structure or an employer runs (Tasklist's filters, the engine's REST
 * API) is planned with its values (docs/adr/0009). Such a query checks their authorizations, one per task, on
 * permission bits ({@code PERMS_ & 2 = 2}); the statistics on those bits ({@link PostgresTuning}) only apply
 * where they are constants, and the JDBC driver prepares a statement run five times, whose generic plan sees
 * parameters instead: a referent's count of late follow-ups took 3 s so, 0.1 s with its values. Everything
 * else keeps the prepared plans, which save a short statement's planning (half its cost: custom plans
 * everywhere made the escalations slower), the coordinators' queries included: their grant covers every task,
 * and their custom plans were slower (a page of late follow-ups 0.47 s against 0.1 s at 100,000).
 *
 * <p>{@code SET LOCAL} lasts until the transaction ends: the setting never follows the connection back to the pool.
 */
class UserQueryPlans extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    if ((command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd)
        && context.getAuthenticatedUserId() != null && context.isAuthorizationCheckEnabled()
        && context.getAuthenticatedGroupIds().stream().noneMatch(PcpeGroups.SEE_EVERY_TASK::contains)
        && "postgres".equals(Context.getProcessEngineConfiguration().getDatabaseType())) {
      try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement()) {
        statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
      } catch (SQLException failed) {
        throw new ProcessEngineException("Could not set the query's planning", failed);
      }
    }
    return next.execute(command);
  }
}
