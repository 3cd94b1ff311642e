package fr.pcpe.workflow.system.engine;

import fr.pcpe.workflow.common.ProcessVariable;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The server's check of a submitted form (docs/adr/0002), as the end listener of its user task or the
 * start listener of its process: reads what was submitted into a record, lists the broken rules (form
 * key to message key; the rules live in the record, with plain unit tests), refuses the form with their
 * French messages, and only then acts on an accepted form. A task that a boundary event cancels
 * submitted nothing: nothing is checked then.
 *
 * @param <T> the form, as a record
 */
public abstract class FormCheck<T> implements ExecutionListener {

  private final FormRules rules;

  protected FormCheck(FormRules rules) {
    this.rules = rules;
  }

  /**
   * A check that only reads and judges, declared as a bean named as the BPMN's listener:
   * {@code FormCheck.of(rules, HireConfirmation::read, HireConfirmation::violations)}.
   */
  public static <T> FormCheck<T> of(FormRules rules, Function<DelegateExecution, T> read,
      BiFunction<T, LocalDate, Map<String, String>> violations) {
    return new FormCheck<>(rules) {
      @Override
      protected T read(DelegateExecution execution) {
        return read.apply(execution);
      }

      @Override
      protected Map<String, String> violations(T form, LocalDate today) {
        return violations.apply(form, today);
      }
    };
  }

  protected abstract T read(DelegateExecution execution);

  /** @param today the engine's date */
  protected abstract Map<String, String> violations(T form, LocalDate today);

  /** What an accepted form does at once (a start form records what it creates); nothing by default. */
  protected void accepted(T form, DelegateExecution execution) {
  }

  /** Refuses the form with a message already in French (a service said no), changing nothing. */
  protected final void refuse(ProcessVariable<?> field, String message) {
    rules.refuse(field, message);
  }

  /** Whether a form was submitted at all: not when a boundary event cancels the task. */
  protected boolean submitted(DelegateExecution execution) {
    return !execution.isCanceled();
  }

  @Override
  public final void notify(DelegateExecution execution) {
    if (!submitted(execution)) {
      return;
    }
    T form = read(execution);
    rules.enforce(violations(form, rules.today()));
    accepted(form, execution);
  }
}
