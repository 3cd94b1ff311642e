package fr.pcpe.workflow.system.engine;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.ProcessVariable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses a submitted form whose rules are broken: the completion is rolled back and the REST API
 * (hence Tasklist) answers 400 with the French messages (docs/adr/0002).
 */
@Component
public class FormRules {

  private final Messages messages;
  private final Clock clock;

  FormRules(Messages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /** The engine's date, against which dates in forms are judged. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Refuses with a message already in French, about one field. */
  public void refuse(ProcessVariable<?> field, String message) {
    throw new FormFieldValidationException(Set.of(field.name()),
        messages.say("form.refused", message));
  }

  /** @param violations form key to message key in messages.properties */
  public void enforce(Map<String, String> violations) {
    if (!violations.isEmpty()) {
      String details = violations.values().stream()
          .map(key -> messages.say(key))
          .collect(Collectors.joining(" "));
      throw new FormFieldValidationException(violations.keySet(),
          messages.say("form.refused", details));
    }
  }
}
