package fr.pcpe.workflow.system.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Second line behind {@link EngineApiGuard}: an ad-hoc task query whose nested {@code or} queries carry
 * expressions is refused before it runs (the engine refuses ad-hoc expressions only at the top level).
 * Stored filters are executed inside their own command and keep their expressions.
 */
class QueryExpressionInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof TaskQueryImpl query
        && query.getQueries().stream().anyMatch(nested -> !nested.getExpressions().isEmpty())) {
      throw new BadUserRequestException("Expressions are not accepted in ad-hoc queries");
    }
    return next.execute(command);
  }
}
