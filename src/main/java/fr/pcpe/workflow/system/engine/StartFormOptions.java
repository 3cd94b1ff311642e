package fr.pcpe.workflow.system.engine;

import fr.pcpe.workflow.system.security.Caller;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The choices of a start form's select, for the user who opens it: Tasklist loads no variables for a
 * Camunda Form start form, so the form's JSON is filled when served. A select names its provider in
 * its properties: {@code "properties": {"options": "openDrives"}}. The start listener still checks the
 * value submitted.
 */
public interface StartFormOptions {

  /** The name a form's select gives in {@code properties.options}. */
  String name();

  /** The options {label, value} this user may choose from. */
  List<Map<String, String>> options(Caller caller);

  /** Options named for the forms, declared as a bean next to the feature's form checks. */
  static StartFormOptions named(String name, Function<Caller, List<Map<String, String>>> options) {
    return new StartFormOptions() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Map<String, String>> options(Caller caller) {
        return options.apply(caller);
      }
    };
  }
}
