package fr.pcpe.workflow.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable, declared once in its process class: its name (also the form field key) and
 * how to read it, whatever the client sent (Tasklist sends numbers as numbers, a REST client may send
 * text; a value that does not parse reads as null and the form rules say it is missing). Writes store
 * enums by name, as the forms' selects submit them.
 *
 * <pre>HIRE_DECISION.from(execution)   HIRE_DECISION.on(execution).set(HireOutcome.HIRED)</pre>
 */
public final class ProcessVariable<T> {

  /** What an entry of {@link #ids} that is not an id reads as: no record has it. */
  public static final long NOT_AN_ID = -1L;

  private final String name;
  private final Function<Object, T> reader;

  private ProcessVariable(String name, Function<Object, T> reader) {
    this.name = Objects.requireNonNull(name);
    this.reader = reader;
  }

  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, FormValues::text);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, FormValues::integer);
  }

  public static ProcessVariable<BigDecimal> decimal(String name) {
    return new ProcessVariable<>(name, FormValues::decimal);
  }

  public static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(name, FormValues::date);
  }

  /** A checkbox: anything but {@code true} reads as false. */
  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, Boolean.TRUE::equals);
  }

  public static <E extends Enum<E>> ProcessVariable<E> enumVar(String name, Class<E> type) {
    return new ProcessVariable<>(name, value -> FormValues.enumValue(type, value));
  }

  /** A multi-select's values (a JSON list from Tasklist, a list or its JSON text from the API). */
  public static ProcessVariable<List<String>> list(String name) {
    return new ProcessVariable<>(name, FormValues::list);
  }

  /** A multi-select of ids; an entry that is not an id reads as {@link #NOT_AN_ID}, which matches nothing. */
  public static ProcessVariable<List<Long>> ids(String name) {
    return new ProcessVariable<>(name, value -> FormValues.list(value).stream().map(FormValues::integer)
        .map(id -> id == null ? NOT_AN_ID : id.longValue()).toList());
  }

  /** An instant the engine reads (a timer's date). */
  public static ProcessVariable<Date> instant(String name) {
    return new ProcessVariable<>(name, value -> value instanceof Date date ? date : null);
  }

  /** A value the application writes and never reads back (a summary, options for a form). */
  public static ProcessVariable<Object> shown(String name) {
    return new ProcessVariable<>(name, Function.identity());
  }

  public String name() {
    return name;
  }

  public T from(VariableScope scope) {
    return reader.apply(scope.getVariable(name));
  }

  /** Read in the scope itself only (an input parameter of an activity). */
  public T fromLocal(VariableScope scope) {
    return reader.apply(scope.getVariableLocal(name));
  }

  public Writer on(VariableScope scope) {
    return new Writer(scope);
  }

  /** Adds the value, as stored, to variables for a start or a correlation. */
  public void put(Map<String, Object> variables, T value) {
    variables.put(name, stored(value));
  }

  /** The value as the engine stores it. */
  private Object stored(T value) {
    return value instanceof Enum<?> constant ? constant.name() : value;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Writes the variable in a scope. */
  public final class Writer {

    private final VariableScope scope;

    private Writer(VariableScope scope) {
      this.scope = scope;
    }

    public void set(T value) {
      scope.setVariable(name, stored(value));
    }

    public void remove() {
      scope.removeVariable(name);
    }
  }
}
