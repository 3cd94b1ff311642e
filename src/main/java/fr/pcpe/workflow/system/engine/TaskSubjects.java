package fr.pcpe.workflow.system.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Says what each task is about: a user task declares its subject in the model
 * ({@code <camunda:property name="subject" value="${candidateName}" />}) and the created task is named
 * "Rencontrer le candidat — Awa Diallo", so that Tasklist's lists tell the tasks apart while the diagram
 * keeps the step's own name.
 */
@Component
class TaskSubjects extends AbstractProcessEnginePlugin {

  static final String SUBJECT = "subject";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        String subject = subjectOf(userTask);
        if (subject != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          Expression expression = configuration.getExpressionManager().createExpression(subject);
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, task -> name(task, expression));
        }
      }
    });
  }

  private static void name(DelegateTask task, Expression subject) {
    Object value;
    try {
      value = subject.getValue(task.getExecution());
    } catch (ProcessEngineException notYetKnown) {
      return; // an instance started before its subject's variable existed keeps the step's name
    }
    if (value != null && !value.toString().isBlank()) {
      task.setName(task.getName() + " — " + value.toString().strip());
    }
  }

  /** The value of the user task's {@code subject} property, if it has one. */
  static String subjectOf(Element userTask) {
    Element extensions = userTask.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return null;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (SUBJECT.equals(property.attribute("name"))) {
        return property.attribute("value");
      }
    }
    return null;
  }
}
