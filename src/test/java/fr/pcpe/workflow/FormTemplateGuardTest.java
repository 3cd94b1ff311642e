package fr.pcpe.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The guard every integration test runs under: a form that would greet nobody fails the test that reaches it. */
@IntegrationTest
class FormTemplateGuardTest {

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;

  @Test
  @DisplayName("les variables qu'affiche un formulaire sont lues de ses textes, sauf sous une condition qui les cache")
  void readsTheVariablesEachFormShows() {
    Map<String, java.util.Set<String>> shown = FormTemplateGuard.shownByForm(Path.of("forms"));

    assertThat(shown.get("form_prescreenCandidate")).containsExactlyInAnyOrder("candidateName", "driveTitle",
        "referralContext");
    assertThat(shown.get("form_decideInterview")).contains("employerContext").doesNotContain("referralContext");
  }

  @Test
  @DisplayName("une tâche sans échéance, ou dont le formulaire montrerait un nom vide ou une date ISO, n'est pas créée")
  void refusesATaskWhoseFormShowsNothingOrAnIsoDate() {
    Deployment deployment = repositoryService.createDeployment().name("form-template-guard")
        .addModelInstance("guard.bpmn", Bpmn.createExecutableProcess("formTemplateGuardProbe").camundaHistoryTimeToLive(1)
            .startEvent().userTask("userTask_probe").camundaFormRef("form_prescreenCandidate").camundaFormRefBinding("latest")
            .camundaDueDate("${dueDate}").endEvent().done())
        .deploy();
    try {
      Date due = new Date();
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("formTemplateGuardProbe",
          Map.of("candidateName", "Awa Diallo", "referralContext", "Orientation", "dueDate", due)))
          .hasMessageContaining("{{driveTitle}} has no value");
      Map<String, Object> undated = new HashMap<>(Map.of("candidateName", "Awa Diallo", "driveTitle", "Cariste chez LogiNord",
          "referralContext", "Le 15/12/2026"));
      undated.put("dueDate", null);
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("formTemplateGuardProbe", undated))
          .hasMessageContaining("no due date");
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("formTemplateGuardProbe",
          Map.of("candidateName", "Awa Diallo", "driveTitle", "Cariste chez LogiNord", "referralContext", "Le 2026-12-15", "dueDate", due)))
          .hasMessageContaining("{{referralContext}} shows an ISO date");
      assertThat(runtimeService.startProcessInstanceByKey("formTemplateGuardProbe", Map.of("candidateName", "Awa Diallo",
          "driveTitle", "Cariste chez LogiNord", "referralContext", "Le 15/12/2026", "dueDate", due)).getId()).isNotBlank();
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }
}
