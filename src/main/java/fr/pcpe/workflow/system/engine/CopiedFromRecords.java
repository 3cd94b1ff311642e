package fr.pcpe.workflow.system.engine;

import fr.pcpe.workflow.common.ProcessVariable;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The variables a process copies from the application's records when it starts (who decides, whom the tasks are
 * about, what they read): {@link EngineHistory} writes no detail rows for them. Each feature declares its own as a
 * bean; no form of the process may have a field with one of these names ({@code ProcessModelTest}).
 */
public record CopiedFromRecords(String processKey, Set<String> variables) {

  public static CopiedFromRecords of(String processKey, ProcessVariable<?>... variables) {
    return new CopiedFromRecords(processKey,
        Stream.of(variables).map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet()));
  }
}
