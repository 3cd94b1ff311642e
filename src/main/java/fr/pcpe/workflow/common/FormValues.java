package fr.pcpe.workflow.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a form submitted, whatever the client sent (Tasklist sends numbers as numbers, a REST
 * client may send text): a value that does not parse reads as null, and the rules say it is missing.
 */
public final class FormValues {

  private FormValues() {
  }

  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  public static Integer integer(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text).intValueExact();
    } catch (ArithmeticException | NumberFormatException notAnInteger) {
      return null;
    }
  }

  public static BigDecimal decimal(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(',', '.').replace(" ", ""));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** An ISO date (2026-12-01), as form-js date fields submit it. */
  public static LocalDate date(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /**
   * A multi-select's values: Tasklist submits a JSON list (a Spin JSON variable), the API may send a
   * list or its JSON text; anything else reads as empty.
   */
  public static List<String> list(Object value) {
    if (value instanceof SpinJsonNode json && json.isArray()) {
      return json.elements().stream().filter(SpinJsonNode::isString).map(SpinJsonNode::stringValue).toList();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(String::valueOf).toList();
    }
    if (value instanceof String text && text.strip().startsWith("[")) {
      try {
        return list(Spin.JSON(text));
      } catch (RuntimeException notJson) {
        return List.of();
      }
    }
    return List.of();
  }
}
