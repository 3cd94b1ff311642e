package fr.pcpe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pcpe.workflow.followup.FollowUpProcess;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.referral.RetentionProcess;
import fr.pcpe.workflow.system.engine.CopiedFromRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The project's modelling conventions (docs/adr/0006), enforced on every file in processes/ and forms/: a failing
 * test names the file and the element to fix.
 */
@IntegrationTest
class ProcessModelTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  /** {@code <type>_<camelCaseName>}: userTask_meetCandidate, timer_remindReferent, flow_toMeeting. */
  private static final Pattern ELEMENT_ID = Pattern.compile("[a-z][a-zA-Z]*_[a-z][a-zA-Z0-9]*");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)}");

  private static final Map<String, Path> FORM_FILES_BY_ID = new HashMap<>();

  @Autowired
  ApplicationContext context;

  @BeforeAll
  static void readForms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        Path previous = FORM_FILES_BY_ID.put(form.path("id").asText(), file);
        assertThat(previous).as("form id %s used twice", form.path("id").asText()).isNull();
      }
    }
  }

  static Stream<Path> bpmnFiles() throws IOException {
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).toList().stream();
    }
  }

  static Stream<Path> formFiles() throws IOException {
    try (Stream<Path> files = Files.walk(FORMS)) {
      return files.filter(file -> file.toString().endsWith(".form")).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  @DisplayName("chaque processus : fichier nommé d'après son id, durée de vie de l'historique")
  void processIsNamedAndHasHistoryTimeToLive(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<Process> processes = model.getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable).toList();
    assertThat(processes).as(file + ": one executable process").hasSize(1);
    Process process = processes.get(0);
    assertThat(process.getId()).as(file + ": process id in camelCase").matches("[a-z][a-zA-Z0-9]*");
    assertThat(file.getFileName().toString()).isEqualTo(kebab(process.getId()) + ".bpmn");
    assertThat(process.getName()).as(file + ": process name (French)").isNotBlank();
    assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + ": historyTimeToLive").isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  @DisplayName("chaque élément : id <type>_<nom>, nom en français, forme dessinée")
  void elementsHaveMeaningfulIdsNamesAndDiagram(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> drawn = new ArrayList<>();
    model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(edge -> {
      assertThat(edge.getWaypoints()).as(file + ": waypoints of " + edge.getId()).hasSizeGreaterThanOrEqualTo(2);
      drawn.add(edge.getBpmnElement().getId());
    });

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).as(file + ": id of " + node.getId()).matches(ELEMENT_ID);
      assertThat(node.getName()).as(file + ": name of " + node.getId()).isNotBlank();
      assertThat(drawn).as(file + ": shape of " + node.getId()).contains(node.getId());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).as(file + ": id of " + flow.getId()).matches(ELEMENT_ID);
      assertThat(drawn).as(file + ": edge of " + flow.getId()).contains(flow.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  @DisplayName("ce qui se lance depuis Tasklist a son formulaire de départ en français ; le reste ne s'y lance pas")
  void onlyProcessesForPeopleAreStartableWithTheirOwnForm(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isCamundaStartableInTasklist()) {
        continue;
      }
      assertThat(process.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class))
          .as(file + ": the start form of " + process.getId()).singleElement()
          .satisfies(start -> assertThat(start.getCamundaFormRef()).isNotBlank());
    }
  }

  /** The user tasks whose lateness matters: each has a due date from its deadline. */
  private static final Set<String> TASKS_WITH_DEADLINE = Set.of("userTask_collectOffers", "userTask_recordAttendance",
      "userTask_monitorDrive", "userTask_answerMobilization", "userTask_meetCandidate", "userTask_makeProposal",
      "userTask_checkIn", "userTask_recordReconnection", "userTask_workOnStage", "userTask_decideInterview",
      "userTask_confirmHire");

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  @DisplayName("chaque tâche utilisateur dit de qui ou de quoi elle parle ; celles qui ont une échéance ont une date due")
  void userTasksHaveASubjectAndTheirDueDate(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String subject = task.getExtensionElements() == null ? null
          : task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
              .flatMap(properties -> properties.getCamundaProperties().stream())
              .filter(property -> "subject".equals(property.getCamundaName()))
              .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
      assertThat(subject).as(file + ": the subject of " + task.getId()).isNotBlank().contains("${");
      if (TASKS_WITH_DEADLINE.contains(task.getId())) {
        assertThat(task.getCamundaDueDate()).as(file + ": the due date of " + task.getId()).isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  @DisplayName("chaque tâche utilisateur a un formulaire Camunda qui existe dans forms/")
  void userTasksHaveExistingForms(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formRef = task.getCamundaFormRef();
      assertThat(formRef).as(file + ": camunda:formRef of " + task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).as(file + ": formRefBinding of " + task.getId())
          .isEqualTo("deployment");
      assertThat(FORM_FILES_BY_ID).as(file + ": form " + formRef + " of " + task.getId()).containsKey(formRef);
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  @DisplayName("aucun formulaire ne saisit une variable copiée du dossier (son historique n'a pas de détail)")
  void noFormWritesAVariableCopiedFromTheRecords(Path file) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (Process process : model.getModelElementsByType(Process.class)) {
      Set<String> copies = Stream.of(ReferralProcess.COPIED_FROM_RECORDS, RetentionProcess.COPIED_FROM_RECORDS,
          FollowUpProcess.COPIED_FROM_RECORDS).filter(copied -> copied.processKey().equals(process.getId()))
          .map(CopiedFromRecords::variables).findFirst().orElse(Set.of());
      List<String> formRefs = Stream.concat(
          model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
          model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef))
          .filter(formRef -> formRef != null).toList();
      for (String formRef : formRefs) {
        List<String> keys = new ArrayList<>();
        collectKeys(FORM_FILES_BY_ID.get(formRef), new ObjectMapper().readTree(FORM_FILES_BY_ID.get(formRef).toFile())
            .path("components"), keys);
        assertThat(keys.stream().filter(copies::contains)).as(file + ": copied variables in " + formRef).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  @DisplayName("chaque tâche de service et chaque écouteur appelle un bean Spring qui existe")
  void delegatesAreExistingSpringBeans(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> expressions = new ArrayList<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaClass()).as(file + ": camunda:class on " + task.getId()).isNull();
      assertThat(task.getCamundaDelegateExpression()).as(file + ": delegateExpression of " + task.getId())
          .isNotBlank();
      expressions.add(task.getCamundaDelegateExpression());
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      assertThat(listener.getCamundaDelegateExpression()).as(file + ": listener of " + owner(listener)).isNotBlank();
      expressions.add(listener.getCamundaDelegateExpression());
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      assertThat(listener.getCamundaDelegateExpression()).as(file + ": listener of " + owner(listener)).isNotBlank();
      expressions.add(listener.getCamundaDelegateExpression());
    }
    for (String expression : expressions) {
      Matcher bean = BEAN_EXPRESSION.matcher(expression);
      assertThat(bean.matches()).as(file + ": " + expression + " is ${beanName}").isTrue();
      assertThat(context.containsBean(bean.group(1))).as(file + ": bean " + bean.group(1)).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  @DisplayName("chaque formulaire : id form_<nom>, champs libellés en français, clés uniques")
  void formsAreWellFormed(Path file) throws IOException {
    JsonNode form = new ObjectMapper().readTree(file.toFile());
    assertThat(form.path("id").asText()).as(file + ": id").matches("form_[a-z][a-zA-Z0-9]*");
    List<String> keys = new ArrayList<>();
    collectKeys(file, form.path("components"), keys);
    assertThat(keys).as(file + ": keys").doesNotHaveDuplicates();
    if (!form.path("id").asText().startsWith("form_start")) {
      assertThat(keys).as(file + ": keys (only a start form may just explain)").isNotEmpty();
    }
  }

  /** Field keys (and dynamic lists' paths), checking ids and French labels on the way, nested lists included. */
  private static void collectKeys(Path file, JsonNode components, List<String> keys) {
    for (JsonNode component : components) {
      assertThat(component.path("id").asText()).as(file + ": component id").matches(ELEMENT_ID);
      if (component.has("key") || component.has("path")) {
        keys.add(component.has("key") ? component.path("key").asText() : component.path("path").asText());
        String label = component.path("type").asText().equals("datetime")
            ? component.path("dateLabel").asText() : component.path("label").asText();
        assertThat(label).as(file + ": label of " + keys.get(keys.size() - 1)).isNotBlank();
      }
      collectKeys(file, component.path("components"), keys);
    }
  }

  private static String owner(ModelElementInstance extension) {
    return ((BaseElement) extension.getParentElement().getParentElement()).getId();
  }

  private static String kebab(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }
}
