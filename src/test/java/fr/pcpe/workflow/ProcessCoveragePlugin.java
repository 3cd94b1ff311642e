package fr.pcpe.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateListener;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Test only: Camunda Process Test Coverage follows every element and sequence flow the engine runs, whichever
 * thread runs it (a test, a browser's request, a set-up before the tests), into one run for each engine; when the
 * JVM ends, each engine's report.json is written under {@code target/process-test-coverage/jvm-<pid>-<n>}, and
 * {@code ProcessCoverageIT} adds them up. Each element is kept once: the suite runs thousands of instances. On when
 * {@code pcpe.tests.process-coverage} is true, as Surefire and Failsafe set it (not the benchmark, nor the nodes
 * the tests start).
 */
@Component
@Profile("test")
@ConditionalOnBooleanProperty("pcpe.tests.process-coverage")
public class ProcessCoveragePlugin extends AbstractProcessEnginePlugin {

  static final String REPORTS = "target/process-test-coverage";
  private static final AtomicInteger ENGINES = new AtomicInteger();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        asTheEngine(definition);
      }
    });
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // one report an engine (a JVM may run several: StartupIT's applications), added up by ProcessCoverageIT
    String suite = "jvm-" + ProcessHandle.current().pid() + "-" + ENGINES.incrementAndGet();
    DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());
    collector.createSuite(new Suite(suite, "Tests"));
    collector.activateSuite(suite);
    collector.createRun(new Run(suite, "Tests"), suite);
    collector.activateRun(suite);
    Set<List<Object>> seen = ConcurrentHashMap.newKeySet();
    Collector once = event -> {
      if (seen.add(List.of(event.getModelKey(), event.getDefinitionKey(), event.getSource(), event.getType()))) {
        synchronized (collector) {
          collector.addEvent(event);
        }
      }
    };
    new ProcessEngineAdapter(processEngine, once).initializeListeners();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      synchronized (collector) {
        try {
          // a report left by an earlier JVM of the same number would keep its longer tail (without a clean build)
          Files.deleteIfExists(Path.of(REPORTS, suite, "report.json"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        CoverageReportUtil.createJsonReport(collector, REPORTS);
      }
    }, "process-coverage-report"));
  }

  /**
   * The coverage's listener reads the process definition as whoever acts (an employer, a structure's referent),
   * who may not read it: the engine's authorization checks would refuse their task. It runs without them.
   */
  private static void asTheEngine(ScopeImpl scope) {
    for (ActivityImpl activity : scope.getActivities()) {
      wrap(activity);
      activity.getOutgoingTransitions().forEach(transition -> wrap((TransitionImpl) transition));
      asTheEngine(activity);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void wrap(CoreModelElement element) {
    element.getListeners().replaceAll((event, listeners) -> {
      List wrapped = new ArrayList<>();
      for (DelegateListener<?> listener : listeners) {
        wrapped.add(listener.getClass().getName().startsWith("org.camunda.community.process_test_coverage")
            ? withoutAuthorizationChecks((ExecutionListener) listener) : listener);
      }
      return wrapped;
    });
  }

  private static ExecutionListener withoutAuthorizationChecks(ExecutionListener listener) {
    return execution -> {
      CommandContext context = Context.getCommandContext();
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        listener.notify(execution);
      } finally {
        if (checking) {
          context.enableAuthorizationCheck();
        }
      }
    };
  }
}
