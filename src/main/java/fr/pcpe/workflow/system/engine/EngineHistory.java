package fr.pcpe.workflow.system.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history as level {@code full} writes it, but for the detail rows ({@code ACT_HI_DETAIL}) of
 * the variables the application copies from its records when it starts a process ({@link CopiedFromRecords}, as the
 * features declare them). Their value stays in the history's variable table ({@code ACT_HI_VARINST}); a detail row
 * would copy it once more (and the names in it). Every other variable keeps its detail rows, a person's form
 * submission first: they are the record of who decided what (ADR 0008).
 */
class EngineHistory extends DbHistoryEventHandler {

  /** By process definition key, the variables copied from the application's records. */
  private final Map<String, Set<String>> copiedFromRecords;

  EngineHistory(List<CopiedFromRecords> copied) {
    this.copiedFromRecords = copied.stream()
        .collect(Collectors.toUnmodifiableMap(CopiedFromRecords::processKey, CopiedFromRecords::variables));
  }

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return super.shouldWriteHistoricDetail(event)
        && !copiedFromRecords.getOrDefault(event.getProcessDefinitionKey(), Set.of()).contains(event.getVariableName());
  }
}
