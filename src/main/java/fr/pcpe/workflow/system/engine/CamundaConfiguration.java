package fr.pcpe.workflow.system.engine;

import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Engine settings that application.yaml's generic properties cannot express. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CamundaConfiguration {

  /** The PCPE works in Seine-Saint-Denis: dates and references are in Paris time. */
  @Bean
  Clock clock() {
    return new EngineClock(ZoneId.of(fr.pcpe.workflow.PcpeWorkflowApplication.ZONE));
  }

  /** @param copied the variables each feature's processes copy from the records (no detail rows in the history) */
  @Bean
  ProcessEnginePlugin pcpeEnginePlugin(List<CopiedFromRecords> copied) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        // members of pcpe-admin are Camunda administrators (Admin webapp, history cleanup, incidents)
        configuration.setAdminGroups(List.of(PcpeGroups.ADMIN, Groups.CAMUNDA_ADMIN));
        List<CommandInterceptor> inTransaction = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
          inTransaction.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        inTransaction.add(new UserQueryPlans());
        configuration.setCustomPostCommandInterceptorsTxRequired(inTransaction);
        // the database's history without the detail rows of what is copied from the records (EngineHistory)
        List<HistoryEventHandler> history = new ArrayList<>(List.of(new EngineHistory(copied)));
        if (configuration.getCustomHistoryEventHandlers() != null) {
          history.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(history);
        // the job log without a row for each job set or removed (JobLogHistory)
        configuration.setHistoryEventProducer(new JobLogHistory());
        // the groups holding an authorization read through an index, not from every authorization (AuthorizedGroups)
        List<SessionFactory> sessions = new ArrayList<>(List.of(AuthorizedGroups.sessions()));
        if (configuration.getCustomSessionFactories() != null) {
          sessions.addAll(configuration.getCustomSessionFactories());
        }
        configuration.setCustomSessionFactories(sessions);
      }
    };
  }
}
