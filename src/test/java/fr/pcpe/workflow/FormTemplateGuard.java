package fr.pcpe.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In every integration test, each user task, when it is created, must have a due date (Tasklist's lists sort by
 * it) and hold a value for every variable its form shows ({@code {{candidateName}}} in a text), none of them
 * blank or an ISO date: a form that greets nobody ("Pré-sélection de") or reads "Réunion du 2026-12-15", or a
 * task listed without a date, fails the test that reaches it. A text hidden by a condition on the variable is
 * exempt from it (it is not shown when the value is missing).
 */
@Component
@Profile("test")
public class FormTemplateGuard extends AbstractProcessEnginePlugin {

  /** The keys of the benchmark's own reference processes (bench/Benchmark.java), not the application's. */
  private static final String BENCHMARK_PREFIX = "bench";
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*}}");
  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  /** By form id, the variables its texts show. */
  private static final Map<String, Set<String>> SHOWN = shownByForm(Path.of("forms"));

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        if (((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey().startsWith(BENCHMARK_PREFIX)) {
          return; // the benchmark's minimal reference processes measure the engine alone
        }
        String formRef = userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        Set<String> shown = formRef == null ? Set.of() : SHOWN.getOrDefault(formRef, Set.of());
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
              task -> check(task, formRef, shown));
        }
      }
    });
  }

  private static void check(DelegateTask task, String formRef, Set<String> shown) {
    List<String> problems = new ArrayList<>();
    if (task.getDueDate() == null) {
      problems.add("no due date");
    }
    for (String name : shown) {
      Object value = task.getVariable(name);
      if (value == null || value.toString().isBlank()) {
        problems.add("{{" + name + "}} has no value");
      } else if (value instanceof Date || value instanceof TemporalAccessor || ISO_DATE.matcher(value.toString()).find()) {
        problems.add("{{" + name + "}} shows an ISO date: " + value);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " (" + task.getName() + "), form "
          + formRef + ": " + String.join("; ", problems));
    }
  }

  static Map<String, Set<String>> shownByForm(Path forms) {
    ObjectMapper json = new ObjectMapper();
    Map<String, Set<String>> shown = new HashMap<>();
    try (Stream<Path> files = Files.walk(forms)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        Set<String> names = new LinkedHashSet<>();
        collect(form.path("components"), names);
        shown.put(form.path("id").asText(), names);
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return shown;
  }

  private static void collect(JsonNode components, Set<String> names) {
    for (JsonNode component : components) {
      String hiddenWhen = component.path("conditional").path("hide").asText("");
      Matcher template = TEMPLATE.matcher(component.path("text").asText(""));
      while (template.find()) {
        if (!hiddenWhen.contains(template.group(1))) {
          names.add(template.group(1));
        }
      }
      collect(component.path("components"), names);
    }
  }
}
