package fr.pcpe.workflow.system;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Refuses a submitted form whose rules are broken: the completion is rolled back and the REST API
 * (hence Tasklist) answers 400 with the French messages (docs/adr/0002).
 */
@Component
public class FormRules {

  private final MessageSource messages;

  FormRules(MessageSource messages) {
    this.messages = messages;
  }

  /** Refuses with a message already in French, about one field. */
  public void refuse(String field, String message) {
    throw new FormFieldValidationException(java.util.Set.of(field),
        messages.getMessage("form.refused", new Object[] {message}, Locale.FRENCH));
  }

  /** @param violations form key to message key in messages.properties */
  public void enforce(Map<String, String> violations) {
    if (!violations.isEmpty()) {
      String details = violations.values().stream()
          .map(key -> messages.getMessage(key, null, Locale.FRENCH))
          .collect(Collectors.joining(" "));
      throw new FormFieldValidationException(violations.keySet(),
          messages.getMessage("form.refused", new Object[] {details}, Locale.FRENCH));
    }
  }
}
