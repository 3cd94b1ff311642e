package fr.pcpe.workflow.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.springframework.stereotype.Component;

/**
 * The variables a user may submit with a task or a start form: the keys of its Camunda Form's fields,
 * read from the deployed form (the same definition Tasklist renders). A task or start event without a
 * form accepts no variable from a user.
 */
@Component
public class FormFields {

  private final FormService formService;
  private final RepositoryService repositoryService;
  private final EngineAccess engineAccess;
  private final ObjectMapper json = new ObjectMapper();
  /**
   * The field keys of each form that never changes ({@link #unchangingForm}): each check would otherwise read the
   * form's definition and its JSON from the database again.
   */
  private final Map<String, Set<String>> keysByForm = new ConcurrentHashMap<>();

  FormFields(FormService formService, RepositoryService repositoryService, EngineAccess engineAccess) {
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.engineAccess = engineAccess;
  }

  /** The task's Camunda Form as deployed (JSON); empty when the task does not exist or has none. */
  public Optional<JsonNode> formOfTask(String taskId) {
    return engineAccess.asSystem(() -> {
      try {
        if (!hasForm(formService.getTaskFormData(taskId))) {
          return Optional.<JsonNode>empty();
        }
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
          return Optional.of(json.readTree(form));
        }
      } catch (ProcessEngineException unknownTask) {
        return Optional.<JsonNode>empty();
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    });
  }

  /** Empty when the task does not exist (the engine then answers 404 itself). */
  public Optional<Set<String>> ofTask(String taskId) {
    return engineAccess.asSystem(() -> {
      FormData form;
      try {
        form = formService.getTaskFormData(taskId);
      } catch (ProcessEngineException unknownTask) {
        return Optional.<Set<String>>empty();
      }
      return Optional.of(keysOf(form, () -> formService.getDeployedTaskForm(taskId)));
    });
  }

  /** By definition id, or by key (latest version, optionally of a tenant); empty when unknown. */
  Optional<Set<String>> ofStartForm(String definitionId, String key, String tenantId) {
    return engineAccess.asSystem(() -> {
      ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery();
      if (definitionId != null) {
        query.processDefinitionId(definitionId);
      } else {
        query.processDefinitionKey(key).latestVersion();
        if (tenantId != null) {
          query.tenantIdIn(tenantId);
        } else {
          query.withoutTenantId();
        }
      }
      ProcessDefinition definition = query.singleResult();
      if (definition == null) {
        return Optional.<Set<String>>empty();
      }
      return Optional.of(keysOf(formService.getStartFormData(definition.getId()),
          () -> formService.getDeployedStartForm(definition.getId())));
    });
  }

  private static boolean hasForm(FormData form) {
    return form.getFormKey() != null || form.getCamundaFormRef() != null;
  }

  /** The form's field keys: read once for a form bound to its deployment or to a version, which never changes. */
  private Set<String> keysOf(FormData form, Supplier<InputStream> deployed) {
    if (!hasForm(form)) {
      return Set.of();
    }
    String unchanging = unchangingForm(form);
    return unchanging == null ? keysOf(deployed.get())
        : keysByForm.computeIfAbsent(unchanging, unused -> keysOf(deployed.get()));
  }

  /** What names a form that never changes (Camunda's bindings "deployment" and "version"); null for "latest". */
  private static String unchangingForm(FormData form) {
    CamundaFormRef ref = form.getCamundaFormRef();
    if (ref == null || ref.getKey() == null) {
      return null;
    }
    return switch (ref.getBinding()) {
      case "deployment" -> "deployment " + form.getDeploymentId() + " " + ref.getKey();
      case "version" -> "version " + ref.getVersion() + " " + ref.getKey();
      default -> null;
    };
  }

  private Set<String> keysOf(InputStream form) {
    try (form) {
      Set<String> keys = new HashSet<>();
      collect(json.readTree(form), keys);
      return Set.copyOf(keys);
    } catch (IOException unreadable) {
      throw new IllegalStateException("A deployed form is not readable JSON", unreadable);
    }
  }

  private static void collect(JsonNode node, Set<String> keys) {
    if (node.isObject()) {
      if (node.hasNonNull("type") && node.path("key").isTextual()) {
        keys.add(node.get("key").asText());
      }
      node.path("components").forEach(component -> collect(component, keys));
    }
  }
}
