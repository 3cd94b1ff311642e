package fr.pcpe.workflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The fields a submission may carry, read from the form each task's own deployment holds. */
@IntegrationTest
class FormFieldsTest {

  @Autowired
  FormFields formFields;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  @DisplayName("chaque version d'un processus garde les champs de son propre formulaire, même relu")
  void eachDeploymentKeepsItsOwnFormsFields() {
    String first = taskOfANewDeployment("decision");
    String second = taskOfANewDeployment("decision", "comment");

    for (int reading = 0; reading < 2; reading++) {
      assertThat(formFields.ofTask(first)).contains(Set.of("decision"));
      assertThat(formFields.ofTask(second)).contains(Set.of("decision", "comment"));
      assertThat(formFields.ofStartForm(null, "formFieldsProbe", null)).contains(Set.of());
    }
    assertThat(formFields.ofTask("no-such-task")).isEqualTo(Optional.empty());
  }

  /** Deploys the probe process again, its task's form (bound to the deployment) holding these fields. */
  private String taskOfANewDeployment(String... fields) {
    String components = Stream.of(fields)
        .map(key -> "{\"key\":\"%s\",\"label\":\"%s\",\"type\":\"textfield\"}".formatted(key, key))
        .collect(Collectors.joining(","));
    String form = "{\"id\":\"formFieldsProbe\",\"type\":\"default\",\"components\":[" + components + "]}";
    deployments.add(repositoryService.createDeployment().name("form-fields-probe")
        .addModelInstance("form-fields-probe.bpmn", Bpmn.createExecutableProcess("formFieldsProbe")
            .camundaHistoryTimeToLive(1).startEvent().userTask().camundaDueDate("P1D").camundaFormRef("formFieldsProbe")
            .camundaFormRefBinding("deployment").endEvent().done())
        .addString("form-fields-probe.form", form)
        .deploy().getId());
    String instance = runtimeService.startProcessInstanceByKey("formFieldsProbe").getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }
}
