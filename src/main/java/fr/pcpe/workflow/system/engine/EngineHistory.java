package fr.pcpe.workflow.system.engine;

import fr.pcpe.workflow.common.ProcessVariable;
import fr.pcpe.workflow.followup.FollowUpProcess;
import fr.pcpe.workflow.referral.ReferralProcess;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history as level {@code full} writes it, but for the detail rows ({@code ACT_HI_DETAIL}) of
 * the variables the application copies from its records when it starts a process: who decides, whom the tasks
 * are about, what they read. Their value stays in the history's variable table ({@code ACT_HI_VARINST}); a
 * detail row would copy it once more (and the names in it). Every other variable keeps its detail rows, a
 * person's form submission first: they are the record of who decided what (ADR 0008). No form of these
 * processes has a field with one of these names ({@code ProcessModelTest}), so a person cannot write them.
 */
public class EngineHistory extends DbHistoryEventHandler {

  /** By process definition key, the variables copied from the application's records. */
  public static final Map<String, Set<String>> COPIED_FROM_RECORDS = Map.of(
      ReferralProcess.KEY, names(ReferralProcess.Vars.EMPLOYER_GROUP_ID, ReferralProcess.Vars.REFERRAL_SUBJECT,
          ReferralProcess.Vars.CANDIDATE_NAME, ReferralProcess.Vars.DRIVE_TITLE, ReferralProcess.Vars.REFERRAL_CONTEXT,
          ReferralProcess.Vars.EMPLOYER_CONTEXT),
      FollowUpProcess.KEY, names(FollowUpProcess.Vars.STRUCTURE_GROUP_ID, FollowUpProcess.Vars.CANDIDATE_NAME,
          FollowUpProcess.Vars.FOLLOW_UP_REFERENCE, FollowUpProcess.Vars.HISTORY));

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return super.shouldWriteHistoricDetail(event)
        && !COPIED_FROM_RECORDS.getOrDefault(event.getProcessDefinitionKey(), Set.of()).contains(event.getVariableName());
  }

  private static Set<String> names(ProcessVariable<?>... variables) {
    return Stream.of(variables).map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());
  }
}
