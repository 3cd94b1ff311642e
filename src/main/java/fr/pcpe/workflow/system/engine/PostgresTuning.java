package fr.pcpe.workflow.system.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL needs to plan the engine's task queries well (docs/adr/0009); nothing on H2.
 *
 * <p>Every task query joins the user's authorizations on "resource in (task, process definition, any)" and
 * filters them on a permission bit ({@code PERMS_ & 2 = 2}), a condition whose selectivity PostgreSQL cannot
 * estimate: thinking a structure has a handful of authorizations (it has one per task), it compared every
 * task with all of them. Statistics on those bits give it the true count, so that it can look each task's up
 * in the index instead (where the bits are constants: {@link UserQueryPlans}). Likewise the late follow-ups'
 * tasks: statistics on their definition key and priority together. Just-in-time compilation is
 * off: these are short queries, and compiling one took longer (up to a second) than running it.
 */
@Configuration(proxyBeanMethods = false)
class PostgresTuning {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresTuning.class);

  /** Statistics PostgreSQL does not gather by itself, each made once (autovacuum keeps them up to date). */
  private record Statistics(String name, String definition, String table) {
  }

  private static final List<Statistics> STATISTICS = List.of(
      // the bits task queries test: READ on a task, READ_TASK on a process definition (PostgreSQL 14 or later)
      new Statistics("pcpe_auth_task_perms", "ON (perms_ & 2), (perms_ & 64)", "act_ru_authorization"),
      // "Suivis en retard": the follow-up steps' tasks are the ones raised above the default priority; taken as
      // independent, the two conditions made a third of the late tasks, and a plan that probes each one's groups
      new Statistics("pcpe_task_key_priority", "(mcv) ON task_def_key_, priority_", "act_ru_task"));

  /** A connection init SQL set by the deployment is kept. */
  @Bean
  static BeanPostProcessor postgresWithoutJit() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl()) && pool.getConnectionInitSql() == null) {
          pool.setConnectionInitSql("SET jit = off");
        }
        return bean;
      }
    };
  }

  /** Once started: the engine has created its tables. */
  @Bean
  ApplicationRunner plannerStatistics(DataSource dataSource) {
    return arguments -> {
      if (!(dataSource instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl()))) {
        return;
      }
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      for (Statistics statistics : STATISTICS) {
        if (jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Long.class,
            statistics.name()) > 0) {
          continue; // made at an earlier start
        }
        try {
          jdbc.execute("CREATE STATISTICS IF NOT EXISTS " + statistics.name() + " " + statistics.definition()
              + " FROM " + statistics.table());
          jdbc.execute("ANALYZE " + statistics.table());
        } catch (RuntimeException olderPostgres) {
          LOG.warn("No planner statistics {} (PostgreSQL 14 or later needed): {}", statistics.name(),
              olderPostgres.getMessage());
        }
      }
    };
  }

  private static boolean isPostgres(String jdbcUrl) {
    return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
  }
}
