package fr.pcpe.workflow.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The options of a Camunda Form list ({@code "valuesKey"}), as the JSON variable Tasklist reads:
 * [{"label": "…", "value": "…"}].
 */
public final class FormOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormOptions() {
  }

  public static Map<String, String> option(String label, Object value) {
    return Map.of("label", label, "value", String.valueOf(value));
  }

  public static TypedValue of(List<Map<String, String>> options) {
    return json(options);
  }

  /** A multi-select's chosen values, as Tasklist submits them and prefills the list with. */
  public static TypedValue chosen(List<String> values) {
    return json(values);
  }

  private static TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
