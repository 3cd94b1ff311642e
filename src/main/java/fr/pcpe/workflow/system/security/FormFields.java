package fr.pcpe.workflow.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
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
      return Optional.of(hasForm(form) ? keysOf(formService.getDeployedTaskForm(taskId)) : Set.<String>of());
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
      return Optional.of(hasForm(formService.getStartFormData(definition.getId()))
          ? keysOf(formService.getDeployedStartForm(definition.getId())) : Set.<String>of());
    });
  }

  private static boolean hasForm(FormData form) {
    return form.getFormKey() != null || form.getCamundaFormRef() != null;
  }

  private Set<String> keysOf(InputStream form) {
    try (form) {
      Set<String> keys = new HashSet<>();
      collect(json.readTree(form), keys);
      return keys;
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
