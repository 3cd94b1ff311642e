package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.employer.EmployerOnboarding;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * End listener of the onboarding task: the server checks what the form submitted (Tasklist, REST or
 * anything else). A refusal rolls the completion back; the task stays open and the REST API answers
 * 400 with the message. (An execution listener, because the engine wraps task listener exceptions
 * into a generic error that the REST API answers with 500.)
 */
@Component
class ValidateEmployerOnboardingListener implements ExecutionListener {

  private final MessageSource messages;

  ValidateEmployerOnboardingListener(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the task is cancelled (e.g. instance deleted in Cockpit), not completed
    }
    EmployerOnboarding onboarding = OnboardingVariables.read(execution);
    Map<String, String> violations = onboarding.violations();
    if (!violations.isEmpty()) {
      String details = violations.values().stream()
          .map(key -> messages.getMessage(key, null, Locale.FRENCH))
          .collect(Collectors.joining(" "));
      throw new FormFieldValidationException(violations.keySet(),
          messages.getMessage("form.refused", new Object[] {details}, Locale.FRENCH));
    }
  }
}
