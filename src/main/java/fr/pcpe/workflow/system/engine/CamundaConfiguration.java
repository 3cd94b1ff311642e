package fr.pcpe.workflow.system.engine;

import com.zaxxer.hikari.HikariDataSource;
import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Engine settings that application.yaml's generic properties cannot express. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PcpeProperties.class)
@EnableScheduling
class CamundaConfiguration {

  /** The PCPE works in Seine-Saint-Denis: dates and references are in Paris time. */
  @Bean
  Clock clock() {
    return new EngineClock(ZoneId.of(fr.pcpe.workflow.PcpeWorkflowApplication.ZONE));
  }

  /**
   * On PostgreSQL, no materialized inner side in nested loops: the engine's task queries join the
   * authorizations on "resource in (task, process definition, any)", which PostgreSQL cannot hash; thinking a
   * structure has a handful of authorizations (it has one per task), it would compare every task with all of
   * them instead of looking each task's up in the index — ten times slower at a thousand tasks, and growing
   * (docs/adr/0009). A connection init SQL set by the deployment is kept.
   */
  @Bean
  static BeanPostProcessor postgresPlannerSettings() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
            && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
          pool.setConnectionInitSql("SET enable_material = off");
        }
        return bean;
      }
    };
  }

  @Bean
  ProcessEnginePlugin pcpeEnginePlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        // members of pcpe-admin are Camunda administrators (Admin webapp, history cleanup, incidents)
        configuration.setAdminGroups(List.of(PcpeGroups.ADMIN, Groups.CAMUNDA_ADMIN));
      }
    };
  }
}
