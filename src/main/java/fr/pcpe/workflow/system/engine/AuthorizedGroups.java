package fr.pcpe.workflow.system.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The groups that hold an authorization, read through an index (docs/adr/0013). Once per command run by a logged-in
 * person, Camunda keeps only those of the person's groups that hold one, and finds them with {@code SELECT
 * DISTINCT GROUP_ID_} over every authorization: one row per open task and candidate group, so every click read
 * them all (1,033 rows per process start in the benchmark, and the table grows with the open tasks). Walking the
 * index on {@code GROUP_ID_} from one group to the next reads one entry per group instead, on PostgreSQL (H2 keeps
 * Camunda's statement: the whole suite's authenticated calls took longer with the walk there). Same answer.
 */
class AuthorizedGroups extends AuthorizationManager {

  /** Camunda's own index on {@code GROUP_ID_}, which its statement does not use. */
  static final String INDEX = "ACT_IDX_AUTH_GROUP_ID";

  /** Each group id after the previous one, the lowest first: one index lookup per group. */
  private static final String NEXT_GROUPS = """
      WITH RECURSIVE GROUPS_(ID_) AS (
        SELECT MIN(GROUP_ID_) FROM %1$sACT_RU_AUTHORIZATION
        UNION ALL
        SELECT (SELECT MIN(A.GROUP_ID_) FROM %1$sACT_RU_AUTHORIZATION A WHERE A.GROUP_ID_ > G.ID_)
        FROM GROUPS_ G WHERE G.ID_ IS NOT NULL
      )
      SELECT ID_ FROM GROUPS_ WHERE ID_ IS NOT NULL""";

  @Override
  protected Set<String> getAllGroups() {
    if (!DbSqlSessionFactory.POSTGRES.equals(Context.getProcessEngineConfiguration().getDatabaseType())) {
      return super.getAllGroups();
    }
    if (availableAuthorizedGroupIds == null) {
      Set<String> groups = new HashSet<>();
      Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
      String sql = NEXT_GROUPS.formatted(Context.getProcessEngineConfiguration().getDatabaseTablePrefix());
      try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          groups.add(rows.getString(1));
        }
      } catch (SQLException failed) {
        throw new ProcessEngineException("The groups holding an authorization could not be read", failed);
      }
      availableAuthorizedGroupIds = groups;
    }
    return availableAuthorizedGroupIds;
  }

  /** Opens this manager wherever the engine asks for its {@link AuthorizationManager}. */
  static SessionFactory sessions() {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new AuthorizedGroups();
      }
    };
  }
}
